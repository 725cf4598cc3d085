package org.goldenthread.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;

/**
 * Which indicators and actions a report lists as exceptions, worst first (SPEC §7). Plain Java, no
 * Spring.
 *
 * <ul>
 *   <li>Indicators: status Amber or Red for the period. Red before Amber; then the furthest off
 *       target first, measured as |actual − target| ÷ |target| (compared exactly); a zero target
 *       has no such share and comes after those that have one; then by code.
 *   <li>Actions: BRAG Amber or Red as at the period end. Red before Amber; then overdue (past its
 *       due date and not complete at the period end) before not overdue; then the earlier due date
 *       first, an action without one last; then by code.
 * </ul>
 */
public final class Exceptions {

  /** What the indicator order needs to know; {@code T} is whatever the caller carries along. */
  public record IndicatorCase<T>(
      String code, Status status, BigDecimal actual, BigDecimal target, T item) {}

  /** What the action order needs to know; {@code T} is whatever the caller carries along. */
  public record ActionCase<T>(String code, Brag status, boolean overdue, LocalDate due, T item) {}

  private Exceptions() {}

  public static <T> List<IndicatorCase<T>> indicators(List<IndicatorCase<T>> all) {
    return all.stream()
        .filter(c -> c.status() == Status.RED || c.status() == Status.AMBER)
        .sorted(
            Comparator.comparing((IndicatorCase<T> c) -> c.status() == Status.RED ? 0 : 1)
                .thenComparing(Exceptions::furthestOffTargetFirst)
                .thenComparing(IndicatorCase::code))
        .toList();
  }

  public static <T> List<ActionCase<T>> actions(List<ActionCase<T>> all) {
    return all.stream()
        .filter(c -> c.status() == Brag.RED || c.status() == Brag.AMBER)
        .sorted(
            Comparator.comparing((ActionCase<T> c) -> c.status() == Brag.RED ? 0 : 1)
                .thenComparing(c -> c.overdue() ? 0 : 1)
                .thenComparing(ActionCase::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionCase::code))
        .toList();
  }

  /**
   * Compares gap ÷ target without dividing: a/b &gt; c/d exactly when a·d &gt; c·b (all
   * non-negative). A case without a share (zero or missing target, or no actual) sorts after one
   * with.
   */
  private static <T> int furthestOffTargetFirst(IndicatorCase<T> a, IndicatorCase<T> b) {
    boolean aHas = hasShare(a);
    boolean bHas = hasShare(b);
    if (!aHas || !bHas) {
      return Boolean.compare(bHas, aHas);
    }
    BigDecimal left = gap(a).multiply(b.target().abs());
    BigDecimal right = gap(b).multiply(a.target().abs());
    return right.compareTo(left);
  }

  private static boolean hasShare(IndicatorCase<?> c) {
    return c.actual() != null && c.target() != null && c.target().signum() != 0;
  }

  private static BigDecimal gap(IndicatorCase<?> c) {
    return c.actual().subtract(c.target()).abs();
  }
}
