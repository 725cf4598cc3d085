package org.goldenthread.indicator.imports;

import java.util.concurrent.atomic.AtomicInteger;
import org.goldenthread.spreadsheet.RowProgress;

/** How far an import has got, read by the progress page while the import runs elsewhere. */
public final class ImportProgress implements RowProgress {

  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger saved = new AtomicInteger();

  @Override
  public void rows(int count) {
    rows.set(count);
  }

  @Override
  public void checked(int count) {
    checked.set(count);
  }

  @Override
  public void saved(int count) {
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
