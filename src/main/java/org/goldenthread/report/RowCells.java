package org.goldenthread.report;

import java.util.List;
import java.util.Locale;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.unbescape.html.HtmlEscape;

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

  static void status(StringBuilder html, Status status) {
    tag(html, "govuk-tag gt-status govuk-tag--" + status.colour(), status.meaning());
    html.append(text(status.symbol()))
        .append("</span> <span>")
        .append(text(status.label()))
        .append("</span></strong>");
  }

  static void trend(StringBuilder html, Trend trend) {
    html.append("<span class=\"gt-trend\">");
    if (trend == null) {
      html.append("<span class=\"govuk-visually-hidden\">No trend</span>")
          .append("<span aria-hidden=\"true\">–</span>");
    } else {
      html.append("<span aria-hidden=\"true\">")
          .append(text(trend.symbol()))
          .append("</span> <span>")
          .append(text(trend.label()))
          .append("</span>");
    }
    html.append("</span>");
  }

  /** As {@code indicator/marks :: outlook}. */
  static void outlook(StringBuilder html, FigureWarning w) {
    html.append("<div class=\"gt-outlook\">");
    OutturnRisk risk = w == null ? null : w.risk();
    if (risk == null) {
      html.append("<span class=\"govuk-visually-hidden\">No outlook</span>")
          .append("<span aria-hidden=\"true\">–</span>");
    } else if (risk == OutturnRisk.NONE) {
      boolean none = "–".equals(w.projectionText()) && "–".equals(w.forecastText());
      html.append("<span class=\"gt-mark__words\">")
          .append(none ? "No projection yet" : "Not at risk")
          .append("</span>");
    } else {
      tag(
          html,
          "govuk-tag gt-status gt-mark govuk-tag--" + ScorecardMark.colour(risk),
          risk.meaning());
      html.append(text(ScorecardMark.symbol(risk)))
          .append("</span> <span>")
          .append(text(risk.label()))
          .append("</span></strong> <span class=\"gt-mark__words\">")
          .append(
              text(
                  "Forecast "
                      + w.forecastText()
                      + "; projection "
                      + w.projectionText()
                      + "; annual target "
                      + w.annualTargetText()))
          .append("</span>");
    }
    html.append("</div>");
  }

  /** As {@code indicator/marks :: xmr}. */
  static void marks(StringBuilder html, FigureWarning w) {
    html.append("<div class=\"gt-xmr\">");
    if (w == null || w.variation() == null) {
      html.append("<span class=\"govuk-visually-hidden\">No marks</span>")
          .append("<span aria-hidden=\"true\">–</span></div>");
      return;
    }
    html.append("<p class=\"gt-mark__line\">");
    tag(
        html,
        "govuk-tag gt-status gt-mark govuk-tag--" + ScorecardMark.colour(w.variation()),
        w.variationExplanation());
    html.append(text(ScorecardMark.symbol(w.variation())))
        .append("</span> <span>")
        .append(text(ScorecardMark.label(w.variation())))
        .append("</span></strong> <span class=\"gt-mark__words\">")
        .append(text(after(w.variationWords())))
        .append("</span></p>");
    if (w.assuranceWords() != null) {
      html.append("<p class=\"gt-mark__line\">");
      if (w.assurance() != null) {
        tag(
            html,
            "govuk-tag gt-status gt-mark govuk-tag--" + ScorecardMark.colour(w.assurance()),
            w.assuranceExplanation());
        html.append(text(ScorecardMark.symbol(w.assurance())))
            .append("</span> <span>")
            .append(text(w.assurance().label()))
            .append("</span></strong>");
      }
      html.append(" <span class=\"gt-mark__words\">")
          .append(text(w.assurance() != null ? after(w.assuranceWords()) : w.assuranceWords()))
          .append("</span></p>");
    }
    html.append("</div>");
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

  /** A tag's opening, up to its symbol: a title only when there is one, as th:title leaves it. */
  static void tag(StringBuilder html, String classes, String title) {
    html.append("<strong class=\"").append(text(classes)).append('"');
    if (title != null) {
      html.append(" title=\"").append(text(title)).append('"');
    }
    html.append("><span aria-hidden=\"true\">");
  }

  /** What follows the first ": " (as {@code #strings.substringAfter}); null when there is none. */
  static String after(String words) {
    if (words == null) {
      return null;
    }
    int at = words.indexOf(": ");
    return at < 0 ? null : words.substring(at + 2);
  }

  static String text(String text) {
    return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
  }
}
