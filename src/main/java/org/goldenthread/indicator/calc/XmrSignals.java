package org.goldenthread.indicator.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.goldenthread.period.Period;

/**
 * Finds the signals of SPEC §4a on a chart's points, in rule order and, within a rule, by first
 * period. Readings chosen where the SPEC is silent:
 *
 * <ul>
 *   <li>Outside the limits: one signal per point strictly above the upper or below the lower limit;
 *       a point exactly on a limit is not a signal.
 *   <li>Shift and trend: one signal per maximal run, naming every point of it (a run of 9 is one
 *       signal of 9 points, not three overlapping runs of 7).
 *   <li>Trend: 6 points, each after the first strictly higher (or lower) than the one before, so 5
 *       rises make a trend; an equal neighbour ends the run. A rising and a falling run may share
 *       their turning point.
 *   <li>Two of three: a window of 3 consecutive points with at least 2 strictly beyond two thirds
 *       of the way from the mean to the same limit (a point beyond the limit counts). The signal
 *       names only the points beyond, not the third; qualifying windows on the same side that share
 *       a point beyond are one signal.
 * </ul>
 */
final class XmrSignals {

  static final int SHIFT_RUN = 7;
  static final int TREND_RUN = 6;

  private final List<XmrPoint> points;
  private final XmrGeometry geometry;
  private final XmrWords words;

  XmrSignals(List<XmrPoint> points, XmrGeometry geometry, XmrWords words) {
    this.points = points;
    this.geometry = geometry;
    this.words = words;
  }

  List<Signal> find() {
    List<Signal> signals = new ArrayList<>();
    outsideLimits(signals);
    shifts(signals);
    trends(signals);
    twoOfThree(signals, 1);
    twoOfThree(signals, -1);
    signals.sort(
        (a, b) ->
            a.rule() != b.rule()
                ? a.rule().compareTo(b.rule())
                : a.periods().get(0).compareTo(b.periods().get(0)));
    return signals;
  }

  private void outsideLimits(List<Signal> signals) {
    for (XmrPoint point : points) {
      if (geometry.aboveUpper(point.value()) || geometry.belowLower(point.value())) {
        signals.add(
            new Signal(
                SignalRule.OUTSIDE_LIMITS,
                List.of(point.period()),
                words.outsideLimits(point, geometry.aboveUpper(point.value()))));
      }
    }
  }

  private void shifts(List<Signal> signals) {
    int start = 0;
    for (int i = 1; i <= points.size(); i++) {
      int side = geometry.side(points.get(start).value());
      if (i == points.size() || geometry.side(points.get(i).value()) != side) {
        if (side != 0 && i - start >= SHIFT_RUN) {
          signals.add(shift(periods(start, i), side > 0));
        }
        start = i;
      }
    }
  }

  private void trends(List<Signal> signals) {
    int start = 0;
    int direction = 0;
    for (int i = 1; i <= points.size(); i++) {
      int step = i == points.size() ? 0 : direction(i);
      if (step != direction || step == 0) {
        if (direction != 0 && i - start >= TREND_RUN) {
          signals.add(
              new Signal(
                  SignalRule.TREND,
                  periods(start, i),
                  words.trend(periods(start, i), direction > 0)));
        }
        start = i - 1;
        direction = step;
      }
    }
  }

  private int direction(int i) {
    return Integer.signum(points.get(i).value().compareTo(points.get(i - 1).value()));
  }

  private void twoOfThree(List<Signal> signals, int side) {
    SortedSet<Integer> group = new TreeSet<>();
    for (int w = 0; w + 3 <= points.size(); w++) {
      SortedSet<Integer> beyond = new TreeSet<>();
      for (int i = w; i < w + 3; i++) {
        if (geometry.beyondTwoThirds(points.get(i).value(), side)) {
          beyond.add(i);
        }
      }
      if (beyond.size() < 2) {
        continue;
      }
      if (!group.isEmpty() && beyond.stream().noneMatch(group::contains)) {
        signals.add(twoOfThreeSignal(group, side));
        group = new TreeSet<>();
      }
      group.addAll(beyond);
    }
    if (!group.isEmpty()) {
      signals.add(twoOfThreeSignal(group, side));
    }
  }

  private Signal twoOfThreeSignal(SortedSet<Integer> group, int side) {
    List<Period> periods = group.stream().map(i -> points.get(i).period()).toList();
    return new Signal(SignalRule.TWO_OF_THREE, periods, words.twoOfThree(periods, side > 0));
  }

  private Signal shift(List<Period> periods, boolean above) {
    return new Signal(SignalRule.SHIFT, periods, words.shift(periods, above));
  }

  private List<Period> periods(int from, int to) {
    return points.subList(from, to).stream().map(XmrPoint::period).toList();
  }
}
