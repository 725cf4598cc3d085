package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.period.Period;

/** Quarterly XmR series for tests: the first value is 2020/21 Q1; "-" is a missing quarter. */
final class XmrSeries {

  private XmrSeries() {}

  static List<XmrPoint> of(Object... values) {
    List<XmrPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      String text = String.valueOf(values[i]);
      points.add(new XmrPoint(quarter(i), text.equals("-") ? null : new BigDecimal(text)));
    }
    return points;
  }

  static List<XmrPoint> repeat(int times, Object... pattern) {
    Object[] values = new Object[times * pattern.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = pattern[i % pattern.length];
    }
    return of(values);
  }

  /** The i-th quarter from 2020/21 Q1, counting from 0. */
  static Period quarter(int i) {
    return Period.quarter(2020 + i / 4, i % 4 + 1);
  }

  static List<Period> quarters(int... indices) {
    List<Period> periods = new ArrayList<>();
    for (int i : indices) {
      periods.add(quarter(i));
    }
    return periods;
  }

  static List<Period> range(int fromIndex, int toIndex) {
    List<Period> periods = new ArrayList<>();
    for (int i = fromIndex; i <= toIndex; i++) {
      periods.add(quarter(i));
    }
    return periods;
  }
}
