package org.goldenthread.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbered links of the GOV.UK pagination component: the first and last pages, the current one
 * and its neighbours, with a gap (null) where pages are left out.
 */
public record AuditPages(int current, int total, List<Integer> numbers) {

  static AuditPages of(int current, int total) {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      boolean shown = n == 1 || n == total || Math.abs(n - current) <= 1;
      if (shown) {
        numbers.add(n);
      } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != null) {
        numbers.add(null);
      }
    }
    return new AuditPages(current, total, numbers);
  }

  public boolean hasPrevious() {
    return current > 1;
  }

  public boolean hasNext() {
    return current < total;
  }
}
