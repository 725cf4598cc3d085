package org.goldenthread.indicator.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The late returns dashboard's figures for a set of returns: the counts by stage, a row for each
 * officer and each service, and the returns still owed, the latest deadline passed first. Plain
 * Java, so each rule is tested directly.
 */
record ReturnsBoard(
    ReturnCounts counts, List<Line> byOfficer, List<Line> byService, List<Owed> owed) {

  /**
   * One officer's or one service's returns: how many are due, how many still owed, how many late,
   * and the oldest deadline of those still owed (null when nothing is owed).
   */
  record Line(Long id, String name, int due, int owed, int late, LocalDate oldestDeadline) {}

  /** A return still owed, and how many days late it is today. */
  record Owed(Return r, long daysLate) {}

  static ReturnsBoard of(List<Return> returns, LocalDate today) {
    List<Owed> owed =
        returns.stream()
            .filter(r -> r.stage().isOwed())
            .sorted(
                Comparator.comparing(Return::deadline)
                    .thenComparing(Return::code)
                    .thenComparing(Return::period))
            .map(r -> new Owed(r, r.daysLate(today)))
            .toList();
    return new ReturnsBoard(
        ReturnCounts.of(returns),
        lines(returns, Return::responsibleId, Return::responsibleName, "No one responsible"),
        lines(returns, Return::orgUnitId, Return::orgUnitName, "No unit"),
        owed);
  }

  /** One line per officer or unit, those with the most late and owed first, then by name. */
  private static List<Line> lines(
      List<Return> returns,
      Function<Return, Long> id,
      Function<Return, String> name,
      String nobody) {
    Map<Long, List<Return>> grouped = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (Return r : returns) {
      Long key = id.apply(r);
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      names.putIfAbsent(key, Objects.requireNonNullElse(name.apply(r), nobody));
    }
    List<Line> lines = new ArrayList<>();
    grouped.forEach(
        (key, theirs) -> {
          int owed = 0;
          int late = 0;
          LocalDate oldest = null;
          for (Return r : theirs) {
            if (r.stage().isOwed()) {
              owed++;
              if (oldest == null || r.deadline().isBefore(oldest)) {
                oldest = r.deadline();
              }
            }
            late += r.late() ? 1 : 0;
          }
          lines.add(new Line(key, names.get(key), theirs.size(), owed, late, oldest));
        });
    lines.sort(
        Comparator.comparing(Line::late, Comparator.reverseOrder())
            .thenComparing(Line::owed, Comparator.reverseOrder())
            .thenComparing(Line::name));
    return lines;
  }
}
