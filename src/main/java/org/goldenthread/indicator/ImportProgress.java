package org.goldenthread.indicator;

import java.util.concurrent.atomic.AtomicInteger;

/** How far an import has got, read by the progress page while the import runs elsewhere. */
public final class ImportProgress {

  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger saved = new AtomicInteger();

  void rows(int count) {
    rows.set(count);
  }

  void checked(int count) {
    checked.set(count);
  }

  void saved(int count) {
    saved.set(count);
  }

  public int rows() {
    return rows.get();
  }

  public int checked() {
    return checked.get();
  }

  public int saved() {
    return saved.get();
  }
}
