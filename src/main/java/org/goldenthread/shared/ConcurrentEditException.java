package org.goldenthread.shared;

/**
 * Someone else saved the record after the editor opened it. Nothing is saved; the editor is shown
 * what they entered so that nothing is lost.
 */
public class ConcurrentEditException extends RuntimeException {

  private final long currentVersion;

  public ConcurrentEditException(String what, long currentVersion) {
    super(
        "Someone else saved a change to this "
            + what
            + " while you were editing it. Your changes have not been saved yet: check them against"
            + " the current record, then save again.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
