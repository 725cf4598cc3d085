package org.goldenthread.risk.heatmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.Score;

/**
 * A 5 × 5 heat map (SPEC §6): how many risks open on a day sit in each likelihood × impact cell, by
 * their current, inherent or target score, and how the risks moved since the end of the quarter
 * before (up, down, unchanged, new, and closed since then). Confidential risks are counted like any
 * other; whether they may be described is for whoever shows the map. Plain Java: it takes the risks
 * and their facts as worked out for the day, so reports and tests give it what they hold.
 */
public final class HeatMap {

  /** A risk with its facts as they stood on the map's day. */
  public record Entry(Risk risk, RiskFacts facts) {}

  /** One cell: its likelihood and impact, and how many open risks sit in it. */
  public record Cell(int likelihood, int impact, int count) {

    public int score() {
      return likelihood * impact;
    }
  }

  private final Scores scores;
  private final LocalDate day;
  private final LocalDate since;
  private final List<Entry> open;
  private final int[][] counts = new int[Score.HIGHEST + 1][Score.HIGHEST + 1];
  private final Map<Movement, Integer> movements = new EnumMap<>(Movement.class);

  private HeatMap(Scores scores, LocalDate day) {
    this.scores = scores;
    this.day = day;
    this.since = RiskFacts.previousQuarterEnd(day);
    this.open = new ArrayList<>();
    for (Movement movement : Movement.values()) {
      movements.put(movement, 0);
    }
  }

  /**
   * The map of {@code entries} on {@code day}, placed by {@code scores}. A risk counts in a cell if
   * it was open that day; it counts as closed if it closed after the end of the previous quarter
   * and by that day; a risk opened after the day is left out.
   */
  public static HeatMap of(Collection<Entry> entries, Scores scores, LocalDate day) {
    HeatMap map = new HeatMap(scores, day);
    entries.stream().sorted(Comparator.comparing(e -> e.risk().getCode())).forEach(map::add);
    return map;
  }

  private void add(Entry entry) {
    Risk risk = entry.risk();
    if (risk.getOpenedOn().isAfter(day)) {
      return;
    }
    boolean closed = !risk.isOpen() && !risk.getClosedOn().isAfter(day);
    if (closed) {
      if (risk.getClosedOn().isAfter(since)) {
        movements.merge(Movement.CLOSED, 1, Integer::sum);
      }
      return;
    }
    open.add(entry);
    Score score = scores.of(entry.facts());
    counts[score.likelihood()][score.impact()]++;
    Movement movement = entry.facts().movement();
    movements.merge(movement == Movement.CLOSED ? Movement.UNCHANGED : movement, 1, Integer::sum);
  }

  public Scores scores() {
    return scores;
  }

  /** The day the map is drawn for. */
  public LocalDate day() {
    return day;
  }

  /** The end of the quarter before the map's day: what movement is measured from. */
  public LocalDate since() {
    return since;
  }

  public int count(int likelihood, int impact) {
    return counts[likelihood][impact];
  }

  /** How many open risks are on the map. */
  public int total() {
    return open.size();
  }

  /** How many risks moved each way since {@link #since()}; closed counts those closed since. */
  public int moved(Movement movement) {
    return movements.get(movement);
  }

  public Cell cell(int likelihood, int impact) {
    return new Cell(likelihood, impact, count(likelihood, impact));
  }

  /** The 25 cells, likelihood 1 to 5 and, within each, impact 1 to 5. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (int l = Score.LOWEST; l <= Score.HIGHEST; l++) {
      for (int i = Score.LOWEST; i <= Score.HIGHEST; i++) {
        cells.add(cell(l, i));
      }
    }
    return cells;
  }

  /** The rows as a heat map shows them: likelihood 5 at the top, each impact 1 to 5. */
  public List<List<Cell>> rows() {
    List<List<Cell>> rows = new ArrayList<>();
    for (int l = Score.HIGHEST; l >= Score.LOWEST; l--) {
      List<Cell> row = new ArrayList<>();
      for (int i = Score.LOWEST; i <= Score.HIGHEST; i++) {
        row.add(cell(l, i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The open risks in one cell, by code. */
  public List<Entry> in(int likelihood, int impact) {
    return open.stream()
        .filter(
            e -> {
              Score score = scores.of(e.facts());
              return score.likelihood() == likelihood && score.impact() == impact;
            })
        .toList();
  }

  /** Every open risk on the map, by code. */
  public List<Entry> entries() {
    return List.copyOf(open);
  }
}
