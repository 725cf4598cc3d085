package org.goldenthread.indicator.web;

import java.util.List;
import org.goldenthread.indicator.MarkCells;
import org.goldenthread.indicator.kept.ScorecardRow;
import org.springframework.stereotype.Component;

/**
 * The scorecard's rows, written in Java as the template's row wrote them with the shared fragments
 * ({@link MarkCells}): a page of fifty rows carries five hundred tags, and the fragments cost more
 * than the figures. Called from {@code indicator/scorecard.html} as {@code @scorecardTable}.
 */
@Component
public class ScorecardTable {

  private static final String CELL = "<td class=\"govuk-table__cell\">";
  private static final String NUMBER =
      "<td class=\"govuk-table__cell govuk-table__cell--numeric\">";

  /** The table's body rows; each indicator links to its page under {@code indicatorsAt}. */
  public String rows(List<ScorecardRow> rows, String indicatorsAt) {
    StringBuilder html = new StringBuilder(rows.size() * 2_000);
    for (ScorecardRow l : rows) {
      html.append("<tr class=\"govuk-table__row\">")
          .append(CELL)
          .append("<a class=\"govuk-link\" href=\"")
          .append(MarkCells.text(indicatorsAt + "/" + l.id()))
          .append("\">")
          .append(MarkCells.text(l.label()))
          .append("</a></td><td class=\"govuk-table__cell gt-nowrap\">")
          .append(MarkCells.text(l.period()))
          .append("</td>")
          .append(NUMBER)
          .append(MarkCells.text(l.actual()))
          .append("</td>")
          .append(NUMBER)
          .append(MarkCells.text(l.target()))
          .append("</td>")
          .append(CELL);
      MarkCells.status(html, l.status());
      html.append("</td>").append(CELL);
      MarkCells.trend(html, l.trendFromPrevious());
      html.append("</td>").append(CELL);
      MarkCells.trend(html, l.trendFromLastYear());
      html.append("</td>").append(CELL);
      MarkCells.outlook(html, l.risk(), l.forecast(), l.projection(), l.annualTarget());
      html.append("</td>").append(CELL);
      MarkCells.xmr(
          html,
          l.variation(),
          l.variationWords(),
          l.variationExplanation(),
          l.assurance(),
          l.assuranceWords(),
          l.assuranceExplanation());
      html.append("</td></tr>");
    }
    return html.toString();
  }
}
