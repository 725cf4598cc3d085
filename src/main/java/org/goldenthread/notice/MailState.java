package org.goldenthread.notice;

/**
 * Where a mail is: waiting to be sent (again), being sent now, sent, given up after its last
 * attempt, or interrupted while being sent (its instance stopped, so it may or may not have gone:
 * never resent by itself, only by an administrator).
 */
public enum MailState {
  PENDING("Waiting"),
  SENDING("Sending"),
  SENT("Sent"),
  FAILED("Failed"),
  INTERRUPTED("Interrupted: may not have been sent");

  private final String label;

  MailState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether an administrator may send it again. */
  public boolean canSendAgain() {
    return this == FAILED || this == INTERRUPTED;
  }
}
