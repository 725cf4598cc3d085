package org.goldenthread.report;

import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.MarkCells;
import org.goldenthread.indicator.Status;
import org.springframework.stereotype.Component;

/**
 * The rows of a report's two long tables, its indicator exceptions and every indicator in detail,
 * each table written in one pass for templates ({@code @reportRows.detail(...)}): a report of every
 * indicator of a large council has thousands of rows, and a row drawn through the shared fragments
 * (status, trends, marks, intervention, related risks) cost a dozen fragment insertions and some
 * fifty expressions. The cells are those fragments' markup ({@link RowCells}); {@code
 * ReportRowsTest} renders both ways and holds them together.
 *
 * <p>corrections: published figures corrected since, by indicator id, or null; links: whether names
 * link to their pages, under {@code indicatorsAt} and {@code risksAt} (the addresses of those lists
 * as the page writes them); risks: the report's, for the risks related to each indicator, or null.
 */
@Component("reportRows")
public class ReportRows {

  /** A published figure corrected since publication: what it is now, as shown. */
  public interface Corrected {
    String now();
  }

  private static final List<Status> SORT_ORDER =
      List.of(Status.RED, Status.AMBER, Status.GREEN, Status.NO_DATA, Status.DATA_ONLY);

  /** The rows of the detail table: figures, status, trends, marks and chart. */
  public String detail(
      List<ReportSnapshot.IndicatorFigure> lines,
      Map<Long, ? extends Corrected> corrections,
      boolean links,
      ReportRisks risks,
      String indicatorsAt,
      String risksAt) {
    StringBuilder html = new StringBuilder(lines.size() * 6144);
    for (ReportSnapshot.IndicatorFigure l : lines) {
      html.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
      RowCells.name(html, l.code() + " " + l.title(), link(links, indicatorsAt, l.indicatorId()));
      if (l.yearToDate()) {
        html.append(" <span class=\"govuk-hint govuk-!-margin-bottom-0\">Year to date</span>");
      }
      related(html, risks, l.indicatorId(), links, risksAt);
      html.append("</td>");
      figures(html, l, corrections);
      html.append("<td class=\"govuk-table__cell\" data-sort-value=\"")
          .append(SORT_ORDER.indexOf(l.status()))
          .append("\">");
      MarkCells.status(html, l.status());
      html.append("</td><td class=\"govuk-table__cell\">");
      MarkCells.trend(html, l.trendFromPrevious());
      html.append("</td><td class=\"govuk-table__cell\">");
      MarkCells.trend(html, l.trendFromLastYear());
      html.append("</td>");
      warning(html, l.warning());
      html.append("<td class=\"govuk-table__cell gt-report-chart\"><div>")
          .append(l.chart() == null ? "" : l.chart())
          .append("</div></td></tr>\n");
    }
    return html.toString();
  }

  /**
   * The rows of the exceptions table: figures, what the officer said, the open intervention and the
   * marks; with a chart each when charts (by indicator id) are given.
   */
  public String exceptions(
      List<ReportSnapshot.IndicatorFigure> exceptions,
      Map<Long, ? extends Corrected> corrections,
      boolean links,
      ReportRisks risks,
      Map<Long, String> charts,
      String indicatorsAt,
      String risksAt) {
    StringBuilder html = new StringBuilder(exceptions.size() * 2048);
    for (ReportSnapshot.IndicatorFigure e : exceptions) {
      String page = link(links, indicatorsAt, e.indicatorId());
      html.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
      RowCells.name(html, e.code() + " " + e.title(), page);
      related(html, risks, e.indicatorId(), links, risksAt);
      html.append("</td><td class=\"govuk-table__cell\">");
      MarkCells.status(html, e.status());
      html.append("</td>");
      figures(html, e, corrections);
      if (links && e.awaitsCalculatedCommentary()) {
        html.append(
                "<td class=\"govuk-table__cell\" colspan=\"2\">No commentary yet — the responsible"
                    + " officer adds it on <a class=\"govuk-link\" href=\"")
            .append(RowCells.text(page))
            .append("\">the indicator’s page</a>.</td>");
      } else {
        html.append("<td class=\"govuk-table__cell\">")
            .append(e.commentary() != null ? RowCells.text(e.commentary()) : "None given")
            .append("</td><td class=\"govuk-table__cell\">")
            .append(e.remedialAction() != null ? RowCells.text(e.remedialAction()) : "None given")
            .append("</td>");
      }
      html.append("<td class=\"govuk-table__cell\">");
      RowCells.intervention(html, e.intervention());
      html.append("</td>");
      warning(html, e.warning());
      if (charts != null) {
        String chart = charts.get(e.indicatorId());
        html.append("<td class=\"govuk-table__cell gt-report-chart\"><div>")
            .append(chart == null ? "" : chart)
            .append("</div></td>");
      }
      html.append("</tr>\n");
    }
    return html.toString();
  }

  private static String link(boolean links, String at, long id) {
    return links ? at + "/" + id : null;
  }

  private static void related(
      StringBuilder html, ReportRisks risks, long indicatorId, boolean links, String risksAt) {
    if (risks != null) {
      RowCells.related(html, risks.forIndicator(indicatorId), links, risksAt);
    }
  }

  /** The actual, marked when corrected since publication, and the target. */
  private static void figures(
      StringBuilder html,
      ReportSnapshot.IndicatorFigure f,
      Map<Long, ? extends Corrected> corrections) {
    html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\"><span>")
        .append(RowCells.text(f.actualText()))
        .append("</span>");
    Corrected c = corrections == null ? null : corrections.get(f.indicatorId());
    if (c != null) {
      html.append(" <strong class=\"govuk-tag govuk-tag--purple gt-correction\">")
          .append(RowCells.text("Corrected since publication: now " + c.now()))
          .append("</strong>");
    }
    html.append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
        .append(RowCells.text(f.targetText()))
        .append("</td>");
  }

  /** The outlook for the annual target and the XmR marks, a cell each. */
  private static void warning(StringBuilder html, FigureWarning w) {
    html.append("<td class=\"govuk-table__cell\">");
    RowCells.outlook(html, w);
    html.append("</td><td class=\"govuk-table__cell\">");
    RowCells.marks(html, w);
    html.append("</td>");
  }
}
