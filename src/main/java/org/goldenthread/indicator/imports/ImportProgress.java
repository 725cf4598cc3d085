package org.goldenthread.indicator.imports;

import java.util.concurrent.atomic.AtomicInteger;
import org.goldenthread.jobs.RunningJob;
import org.goldenthread.spreadsheet.RowProgress;

/**
 * How far an import has got. In the background, each count is passed on to the job, which writes it
 * to the job's row for the progress page (on whichever instance it is read).
 */
public final class ImportProgress implements RowProgress {

  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger saved = new AtomicInteger();
  private final RunningJob job;

  /** Progress no one watches: an import answered in the same request. */
  public ImportProgress() {
    this(null);
  }

  ImportProgress(RunningJob job) {
    this.job = job;
  }

  @Override
  public void rows(int count) {
    rows.set(count);
    if (job != null) {
      job.total(count);
    }
  }

  @Override
  public void checked(int count) {
    checked.set(count);
    if (job != null) {
      job.checked(count);
    }
  }

  @Override
  public void saved(int count) {
    saved.set(count);
    if (job != null) {
      job.done(count);
    }
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
