package org.goldenthread.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.Score;

/**
 * The Audit Committee's risk sections of a report, worked out from its {@link ReportRisks} alone.
 * Plain Java, no Spring. The rules, exactly (all as at the end of the report's period):
 *
 * <ul>
 *   <li>Open risks: opened by then and not closed by then.
 *   <li>Top risks: the {@value #TOP} open risks with the highest current score; ties by the higher
 *       inherent score, then by code.
 *   <li>Above appetite: open risks whose current score is above their category's appetite, the
 *       furthest above first; then by the top-risk order.
 *   <li>Movements: every risk whose movement since the end of the previous quarter is not
 *       "unchanged" (up, new, down, then closed); within each, by the top-risk order.
 *   <li>Overdue reviews: open risks whose next review date was before that day, the longest overdue
 *       first; then by code.
 *   <li>Each risk in full: every open risk in the top-risk order, with its controls and mitigating
 *       actions.
 *   <li>The heat map counts the open risks by current likelihood and impact; the bands count them
 *       by the band of their current score.
 * </ul>
 *
 * A confidential risk that may not be described is counted in every section it falls in ("1
 * confidential risk not described") and in the heat map and bands, but never listed.
 */
public final class RiskSections {

  /** How many risks the top risks list. */
  public static final int TOP = 10;

  /** A section's risks: those described, in order, and how many others are counted only. */
  public record Listing(List<ReportRisks.RiskLine> shown, int notDescribed) {

    public boolean isEmpty() {
      return shown.isEmpty() && notDescribed == 0;
    }

    /** "1 confidential risk not described"; null when every risk is described. */
    public String notDescribedText() {
      return ReportRisks.notDescribed(notDescribed);
    }
  }

  /** One row of the heat map: a likelihood and the count for each impact, 1 to 5. */
  public record HeatRow(int likelihood, List<Integer> counts) {}

  /** How many open risks are in a band. */
  public record BandCount(RiskBands.Look look, int count) {}

  static final Comparator<ReportRisks.RiskLine> TOP_ORDER =
      Comparator.comparing((ReportRisks.RiskLine r) -> r.current().value())
          .thenComparing(r -> r.inherent().value())
          .reversed()
          .thenComparing(
              ReportRisks.RiskLine::code, Comparator.nullsLast(Comparator.naturalOrder()));

  private static final List<Movement> MOVEMENT_ORDER =
      List.of(Movement.UP, Movement.NEW, Movement.DOWN, Movement.CLOSED);

  private final ReportRisks risks;

  RiskSections(ReportRisks risks) {
    this.risks = risks;
  }

  public List<ReportRisks.RiskLine> open() {
    return risks.risks().stream().filter(ReportRisks.RiskLine::open).toList();
  }

  public Listing top() {
    return listing(open().stream().sorted(TOP_ORDER).limit(TOP).toList());
  }

  public Listing aboveAppetite() {
    return listing(
        open().stream()
            .filter(ReportRisks.RiskLine::aboveAppetite)
            .sorted(
                Comparator.comparing(ReportRisks.RiskLine::aboveBy)
                    .reversed()
                    .thenComparing(TOP_ORDER))
            .toList());
  }

  public Listing movements() {
    return listing(
        risks.risks().stream()
            .filter(r -> r.movement() != null && r.movement() != Movement.UNCHANGED)
            .sorted(
                Comparator.comparing(
                        (ReportRisks.RiskLine r) -> MOVEMENT_ORDER.indexOf(r.movement()))
                    .thenComparing(TOP_ORDER))
            .toList());
  }

  public Listing overdue() {
    return listing(
        open().stream()
            .filter(ReportRisks.RiskLine::overdue)
            .sorted(
                Comparator.comparing(ReportRisks.RiskLine::nextReview)
                    .thenComparing(
                        ReportRisks.RiskLine::code,
                        Comparator.nullsLast(Comparator.naturalOrder())))
            .toList());
  }

  public Listing inFull() {
    return listing(open().stream().sorted(TOP_ORDER).toList());
  }

  /** Likelihood 5 at the top down to 1, each with its counts for impact 1 to 5. */
  public List<HeatRow> heatMap() {
    int[][] counts = new int[Score.HIGHEST + 1][Score.HIGHEST + 1];
    open().forEach(r -> counts[r.current().likelihood()][r.current().impact()]++);
    List<HeatRow> rows = new ArrayList<>();
    for (int l = Score.HIGHEST; l >= Score.LOWEST; l--) {
      List<Integer> row = new ArrayList<>();
      for (int i = Score.LOWEST; i <= Score.HIGHEST; i++) {
        row.add(counts[l][i]);
      }
      rows.add(new HeatRow(l, row));
    }
    return rows;
  }

  /** The open risks in each band, high first. */
  public List<BandCount> bands() {
    List<BandCount> counts = new ArrayList<>();
    List<RiskBands.Look> looks = risks.bands();
    for (int at = looks.size() - 1; at >= 0; at--) {
      RiskBands.Look look = looks.get(at);
      counts.add(new BandCount(look, count(r -> r.look().band() == look.band())));
    }
    return counts;
  }

  public int count(Predicate<ReportRisks.RiskLine> which) {
    return (int) open().stream().filter(which).count();
  }

  public int openCount() {
    return open().size();
  }

  /** The band's look for a score, as the report was made; null when no bands were kept. */
  public RiskBands.Look lookOf(Band band) {
    return risks.bands().stream().filter(l -> l.band() == band).findFirst().orElse(null);
  }

  private static Listing listing(List<ReportRisks.RiskLine> lines) {
    List<ReportRisks.RiskLine> shown =
        lines.stream().filter(ReportRisks.RiskLine::described).toList();
    return new Listing(shown, lines.size() - shown.size());
  }
}
