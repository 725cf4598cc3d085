package org.goldenthread.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.report.ReportTables.Section;

/**
 * A report's early warnings laid out for every export (M10): the columns the exceptions and the
 * detail gain (the risk to the annual target with the forecast and the projection, the XmR
 * variation and assurance in words, and for an exception its open intervention and remedial plan),
 * and the section listing the targets at risk. Each mark is written as its shape and its words,
 * never by colour alone. Built from a {@link ReportSnapshot} alone; a report published before these
 * were kept has the columns blank and no section. Plain Java, no Spring.
 */
final class WarningTables {

  static final String TARGETS_AT_RISK = "Targets at risk";

  /** The columns an indicator exception gains, before its related risks. */
  static final List<String> EXCEPTION_HEADERS =
      List.of(
          "Target at risk",
          "Forecast",
          "Projection",
          "Annual target",
          "Variation",
          "Assurance",
          "Intervention",
          "Remedial plan");

  /** The columns a detail line gains, before its related risks. */
  static final List<String> DETAIL_HEADERS =
      List.of(
          "Target at risk", "Forecast", "Projection", "Annual target", "Variation", "Assurance");

  private WarningTables() {}

  /** An indicator exception's early-warning cells; blank for an action's row (null). */
  static List<Object> exceptionCells(ReportSnapshot.IndicatorFigure e) {
    List<Object> cells = new ArrayList<>(detailCells(e));
    FigureIntervention i = e == null ? null : e.intervention();
    cells.add(i == null ? null : i.levelText());
    cells.add(i == null ? null : i.planText());
    return cells;
  }

  /** A detail line's early-warning cells; all blank (null) for a line without marks. */
  static List<Object> detailCells(ReportSnapshot.IndicatorFigure d) {
    FigureWarning w = d == null ? null : d.warning();
    List<Object> cells = new ArrayList<>();
    if (w == null) {
      DETAIL_HEADERS.forEach(h -> cells.add(null));
      return cells;
    }
    cells.add(w.riskMark());
    cells.add(figure(w.forecast(), w.forecastText(), d));
    cells.add(figure(w.projection(), w.projectionText(), d));
    cells.add(figure(w.annualTarget(), w.annualTargetText(), d));
    cells.add(w.variationMark());
    cells.add(w.assuranceMark());
    return cells;
  }

  /** Every indicator in scope whose annual target is at risk or on watch, at risk first. */
  static Section targetsAtRisk(ReportSnapshot report) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReportSnapshot.IndicatorFigure f : report.targetsAtRisk()) {
      FigureWarning w = f.warning();
      rows.add(
          ReportTables.cells(
              f.code(),
              f.title(),
              f.reportedPeriod(),
              w == null ? null : w.riskMark(),
              w == null ? null : figure(w.forecast(), w.forecastText(), f),
              w == null ? null : w.forecastBasis(),
              w == null ? null : figure(w.projection(), w.projectionText(), f),
              w == null ? null : w.projectionBasis(),
              w == null ? null : figure(w.annualTarget(), w.annualTargetText(), f)));
    }
    return new Section(
        TARGETS_AT_RISK,
        List.of(
            "Code",
            "Title",
            "Period",
            "Target at risk",
            "Forecast",
            "Forecast basis",
            "Projection",
            "Projection basis",
            "Annual target"),
        rows);
  }

  private static Object figure(BigDecimal value, String text, ReportSnapshot.IndicatorFigure f) {
    return ReportTables.figureAsShown(value, text, f);
  }
}
