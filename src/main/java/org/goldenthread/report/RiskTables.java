package org.goldenthread.report;

import static org.goldenthread.report.ReportTables.cells;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.report.ReportRisks.RiskLine;
import org.goldenthread.report.ReportTables.Section;
import org.goldenthread.risk.RiskBands;

/**
 * A report's risk sections as the tables every export writes (after the summary, exceptions and
 * detail): the heat map and bands, top risks, risks above appetite, movements, overdue reviews, and
 * each risk's controls and mitigating actions. A confidential risk that may not be described is a
 * row of its own saying how many are counted and not described. Plain Java, no Spring.
 */
public final class RiskTables {

  public static final String HEAT_MAP = "Risk heat map";
  public static final String TOP = "Top risks";
  public static final String ABOVE_APPETITE = "Risks above appetite";
  public static final String MOVEMENTS = "Risk movements";
  public static final String OVERDUE = "Overdue risk reviews";
  public static final String CONTROLS = "Risk controls";
  public static final String MITIGATIONS = "Mitigating actions";

  private RiskTables() {}

  /** The risk sections; none when the report carries no risks. */
  public static List<Section> of(ReportRisks risks) {
    if (risks == null || !risks.hasSections()) {
      return List.of();
    }
    RiskSections s = risks.sections();
    return List.of(
        heatMap(risks, s),
        top(s.top()),
        aboveAppetite(s.aboveAppetite()),
        movements(risks, s.movements()),
        overdue(s.overdue()),
        controls(s.inFull()),
        mitigations(s.inFull()));
  }

  static Section heatMap(ReportRisks risks, RiskSections s) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskSections.HeatRow r : s.heatMap()) {
      List<Object> row = new ArrayList<>();
      row.add("Likelihood " + r.likelihood());
      row.addAll(r.counts());
      rows.add(row);
    }
    for (RiskSections.BandCount b : s.bands()) {
      rows.add(cells(b.look().symbol() + " " + b.look().word(), b.count(), null, null, null, null));
    }
    rows.add(cells("Open risks", s.openCount(), null, null, null, null));
    rows.add(cells("Above appetite", s.count(RiskLine::aboveAppetite), null, null, null, null));
    rows.add(cells("Review overdue", s.count(RiskLine::overdue), null, null, null, null));
    return new Section(
        HEAT_MAP,
        List.of(
            "Open risks by current score, as at " + risks.asAt(),
            "Impact 1",
            "Impact 2",
            "Impact 3",
            "Impact 4",
            "Impact 5"),
        rows);
  }

  static Section top(RiskSections.Listing top) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : top.shown()) {
      rows.add(
          cells(
              r.code(),
              r.title(),
              r.register(),
              r.category(),
              r.owner(),
              r.current().likelihood(),
              r.current().impact(),
              r.score(),
              band(r.look()),
              r.inherent().value(),
              r.target().value(),
              r.appetite(),
              r.movement() == null ? null : r.movement().label(),
              r.nextReview()));
    }
    notDescribed(rows, top, 14);
    return new Section(
        TOP,
        List.of(
            "Code",
            "Title",
            "Register",
            "Category",
            "Owner",
            "Likelihood",
            "Impact",
            "Current score",
            "Band",
            "Inherent score",
            "Target score",
            "Appetite",
            "Movement",
            "Next review"),
        rows);
  }

  static Section aboveAppetite(RiskSections.Listing above) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : above.shown()) {
      rows.add(
          cells(
              r.code(),
              r.title(),
              r.category(),
              r.appetite(),
              r.score(),
              band(r.look()),
              r.aboveBy()));
    }
    notDescribed(rows, above, 7);
    return new Section(
        ABOVE_APPETITE,
        List.of("Code", "Title", "Category", "Appetite", "Current score", "Band", "Above by"),
        rows);
  }

  static Section movements(ReportRisks risks, RiskSections.Listing moved) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : moved.shown()) {
      rows.add(
          cells(
              r.code(),
              r.title(),
              r.movement().symbol() + " " + r.movement().label(),
              r.previousScore(),
              r.open() ? r.score() : null));
    }
    notDescribed(rows, moved, 5);
    return new Section(
        MOVEMENTS,
        List.of("Code", "Title", "Movement", "Score on " + risks.comparedWith(), "Current score"),
        rows);
  }

  static Section overdue(RiskSections.Listing overdue) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : overdue.shown()) {
      rows.add(cells(r.code(), r.title(), r.owner(), r.nextReview()));
    }
    notDescribed(rows, overdue, 4);
    return new Section(OVERDUE, List.of("Code", "Title", "Owner", "Review was due"), rows);
  }

  static Section controls(RiskSections.Listing all) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : all.shown()) {
      for (ReportRisks.Control c : r.controls()) {
        rows.add(
            cells(
                r.code(),
                c.description(),
                c.owner(),
                c.effectiveness() == null ? null : c.effectiveness().label()));
      }
    }
    return new Section(CONTROLS, List.of("Risk", "Control", "Owner", "Effectiveness"), rows);
  }

  static Section mitigations(RiskSections.Listing all) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskLine r : all.shown()) {
      for (ReportRisks.Mitigation a : r.actions()) {
        rows.add(
            cells(
                r.code(),
                a.code(),
                a.title(),
                a.status() == null
                    ? ReportSummary.NOT_ASSESSED
                    : a.status().label() + (a.overdue() ? ", overdue" : ""),
                a.status() == null ? null : a.status().symbol(),
                a.due(),
                a.percentComplete()));
      }
    }
    return new Section(
        MITIGATIONS,
        List.of("Risk", "Action", "Title", "Status", "Symbol", "Due", "% complete"),
        rows);
  }

  private static String band(RiskBands.Look look) {
    return look == null ? null : look.symbol() + " " + look.word();
  }

  /** A row saying how many confidential risks the section counts without describing them. */
  private static void notDescribed(
      List<List<Object>> rows, RiskSections.Listing listing, int columns) {
    if (listing.notDescribed() == 0) {
      return;
    }
    List<Object> row = new ArrayList<>();
    row.add(null);
    row.add(listing.notDescribedText());
    while (row.size() < columns) {
      row.add(null);
    }
    rows.add(row);
  }
}
