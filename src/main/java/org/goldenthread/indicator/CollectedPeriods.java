package org.goldenthread.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The periods an indicator's figures were collected for, in order, when its frequency changed (a
 * clinic asked for more frequent monitoring): the longer periods recorded before its first period
 * at today's frequency, as they were recorded and without overlaps, then its periods at today's
 * frequency.
 */
public final class CollectedPeriods {

  private CollectedPeriods() {}

  public static List<Period> of(Collection<Period> recorded, PeriodType frequency) {
    TreeSet<Period> own = new TreeSet<>();
    TreeSet<Period> other = new TreeSet<>();
    for (Period p : recorded) {
      (p.type() == frequency ? own : other).add(p);
    }
    LocalDate firstOwn = own.isEmpty() ? null : own.first().start();
    List<Period> periods = new ArrayList<>();
    Period last = null;
    for (Period p : other) {
      boolean earlier = p.type().months() > frequency.months();
      boolean before = firstOwn == null || p.end().isBefore(firstOwn);
      if (earlier && before && (last == null || p.start().isAfter(last.end()))) {
        periods.add(p);
        last = p;
      }
    }
    periods.addAll(own);
    return periods;
  }
}
