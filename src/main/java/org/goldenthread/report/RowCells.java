package org.goldenthread.report;

import java.util.List;
import java.util.Locale;
import org.goldenthread.indicator.MarkCells;

/**
 * The cells a report's long tables share, written as the fragments they stand for write them
 * ({@code indicator/tags}, {@code indicator/marks}, {@code report/sections}, {@code report/risks ::
 * related}, {@code risk/tags :: band}), text escaped as Thymeleaf escapes it.
 */
final class RowCells {

  private RowCells() {}

  static void name(StringBuilder html, String text, String href) {
    if (href == null) {
      html.append(text(text));
    } else {
      html.append("<a class=\"govuk-link\" href=\"")
          .append(text(href))
          .append("\">")
          .append(text(text))
          .append("</a>");
    }
  }

  static void related(
      StringBuilder html, List<ReportRisks.RelatedRisk> list, boolean links, String risksAt) {
    if (list == null || list.isEmpty()) {
      return;
    }
    html.append(
        " <div class=\"gt-related-risks govuk-!-margin-top-2\"><span class=\"govuk-!-font-weight-bold"
            + " govuk-!-font-size-16\">Related risks</span><ul class=\"govuk-list"
            + " govuk-!-font-size-16 govuk-!-margin-bottom-0\">");
    long hidden = 0;
    for (ReportRisks.RelatedRisk r : list) {
      if (!r.described()) {
        hidden++;
        continue;
      }
      html.append("<li>");
      name(html, r.code() + " " + r.title(), links ? risksAt + "/" + r.riskId() : null);
      html.append(" <strong class=\"govuk-tag gt-status gt-band gt-band--")
          .append(text(r.look().band().name().toLowerCase(Locale.ROOT)))
          .append("\" style=\"")
          .append(text("border-left-color: " + r.look().colour()))
          .append("\" title=\"")
          .append(text(r.look().word() + " risk"))
          .append("\"><span aria-hidden=\"true\">")
          .append(text(r.look().symbol()))
          .append("</span> <span>")
          .append(r.score())
          .append("</span> <span>")
          .append(text(r.look().word()))
          .append("</span></strong></li>");
    }
    if (hidden > 0) {
      html.append("<li>")
          .append(hidden)
          .append(hidden == 1 ? " confidential risk" : " confidential risks")
          .append(" not described</li>");
    }
    html.append("</ul></div>");
  }

  /** As {@code report/sections :: outlook}. */
  static void outlook(StringBuilder html, FigureWarning w) {
    if (w == null) {
      MarkCells.outlook(html, null, null, null, null);
    } else {
      MarkCells.outlook(html, w.risk(), w.forecastText(), w.projectionText(), w.annualTargetText());
    }
  }

  /** As {@code report/sections :: marks}. */
  static void marks(StringBuilder html, FigureWarning w) {
    if (w == null) {
      MarkCells.xmr(html, null, null, null, null, null, null);
    } else {
      MarkCells.xmr(
          html,
          w.variation(),
          w.variationWords(),
          w.variationExplanation(),
          w.assurance(),
          w.assuranceWords(),
          w.assuranceExplanation());
    }
  }

  /** As {@code report/sections :: intervention}: its level, and its latest remedial plan. */
  static void intervention(StringBuilder html, FigureIntervention i) {
    if (i == null) {
      html.append("<span>No open intervention</span>");
      return;
    }
    html.append(
            "<p class=\"gt-mark__line\"><strong class=\"govuk-tag govuk-tag--purple gt-status\">")
        .append(text(i.levelText()))
        .append("</strong></p><p class=\"gt-mark__line\">")
        .append(text(i.planText()))
        .append("</p>");
  }

  static String text(String text) {
    return MarkCells.text(text);
  }
}
