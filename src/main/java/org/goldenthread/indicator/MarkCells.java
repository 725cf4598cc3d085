package org.goldenthread.indicator;

import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.unbescape.html.HtmlEscape;

/**
 * An indicator's status, trends and early-warning marks written into a long table's rows as the
 * fragments they stand for write them ({@code indicator/tags :: status, trend}, {@code
 * indicator/marks :: outlook, xmr}), text escaped as Thymeleaf escapes it: a table of hundreds of
 * rows is written in Java, the fragments serving everywhere else.
 */
public final class MarkCells {

  private MarkCells() {}

  /** As {@code indicator/tags :: status}. */
  public static void status(StringBuilder html, Status status) {
    tag(html, "govuk-tag gt-status govuk-tag--" + status.colour(), status.meaning());
    html.append(text(status.symbol()))
        .append("</span> <span>")
        .append(text(status.label()))
        .append("</span></strong>");
  }

  /** As {@code indicator/tags :: trend}. */
  public static void trend(StringBuilder html, Trend trend) {
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

  /** As {@code indicator/marks :: outlook}: the figures as shown. */
  public static void outlook(
      StringBuilder html,
      OutturnRisk risk,
      String forecast,
      String projection,
      String annualTarget) {
    html.append("<div class=\"gt-outlook\">");
    if (risk == null) {
      html.append("<span class=\"govuk-visually-hidden\">No outlook</span>")
          .append("<span aria-hidden=\"true\">–</span>");
    } else if (risk == OutturnRisk.NONE) {
      boolean none = "–".equals(projection) && "–".equals(forecast);
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
                      + forecast
                      + "; projection "
                      + projection
                      + "; annual target "
                      + annualTarget))
          .append("</span>");
    }
    html.append("</div>");
  }

  /** As {@code indicator/marks :: xmr}. */
  public static void xmr(
      StringBuilder html,
      Variation variation,
      String variationWords,
      String variationExplanation,
      Assurance assurance,
      String assuranceWords,
      String assuranceExplanation) {
    html.append("<div class=\"gt-xmr\">");
    if (variation == null) {
      html.append("<span class=\"govuk-visually-hidden\">No marks</span>")
          .append("<span aria-hidden=\"true\">–</span></div>");
      return;
    }
    html.append("<p class=\"gt-mark__line\">");
    tag(
        html,
        "govuk-tag gt-status gt-mark govuk-tag--" + ScorecardMark.colour(variation),
        variationExplanation);
    html.append(text(ScorecardMark.symbol(variation)))
        .append("</span> <span>")
        .append(text(ScorecardMark.label(variation)))
        .append("</span></strong> <span class=\"gt-mark__words\">")
        .append(text(after(variationWords)))
        .append("</span></p>");
    if (assuranceWords != null) {
      html.append("<p class=\"gt-mark__line\">");
      if (assurance != null) {
        tag(
            html,
            "govuk-tag gt-status gt-mark govuk-tag--" + ScorecardMark.colour(assurance),
            assuranceExplanation);
        html.append(text(ScorecardMark.symbol(assurance)))
            .append("</span> <span>")
            .append(text(assurance.label()))
            .append("</span></strong>");
      }
      html.append(" <span class=\"gt-mark__words\">")
          .append(text(assurance != null ? after(assuranceWords) : assuranceWords))
          .append("</span></p>");
    }
    html.append("</div>");
  }

  /** A tag's opening, up to its symbol: a title only when there is one, as th:title leaves it. */
  private static void tag(StringBuilder html, String classes, String title) {
    html.append("<strong class=\"").append(text(classes)).append('"');
    if (title != null) {
      html.append(" title=\"").append(text(title)).append('"');
    }
    html.append("><span aria-hidden=\"true\">");
  }

  /** What follows the first ": " (as {@code #strings.substringAfter}); null when there is none. */
  private static String after(String words) {
    if (words == null) {
      return null;
    }
    int at = words.indexOf(": ");
    return at < 0 ? null : words.substring(at + 2);
  }

  /** Text escaped as {@code th:text} escapes it. */
  public static String text(String text) {
    return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
  }
}
