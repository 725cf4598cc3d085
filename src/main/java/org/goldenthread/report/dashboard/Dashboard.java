package org.goldenthread.report.dashboard;

import java.util.List;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;

/**
 * A dashboard (SPEC §7): the report for one period of a portfolio, a directorate or the corporate
 * health indicators, opening with a tile for each of its indicators (status, value against target,
 * trend and a sparkline), then the report's summary, exceptions and every indicator in detail, each
 * with its trend chart.
 *
 * @param title what the dashboard covers: the portfolio's title, the directorate's name
 * @param lead who answers for it, in words ("Portfolio holder: Cllr …"); null when no one does
 * @param path the dashboard's own page
 * @param query the filter of the scorecard and actions register showing the same indicators and
 *     actions ("portfolioId=3"); null for corporate health, which they cannot filter by
 * @param report the report behind the dashboard
 * @param snapshot the report's figures as shown, drawn by the same fragments as a report's
 * @param tiles a tile for each indicator, red first, then amber, no data, green and data only
 * @param reports the report definitions of the same scope, for the full report
 */
public record Dashboard(
    String title,
    String lead,
    String path,
    String query,
    Report report,
    ReportSnapshot snapshot,
    List<Tile> tiles,
    List<ReportDefinition> reports) {

  /** Corporate health covers indicators only: no action is flagged corporate health. */
  public boolean hasActions() {
    return report.definition().getScopeKind() != ScopeKind.CORPORATE_HEALTH;
  }
}
