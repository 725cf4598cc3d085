package org.goldenthread.notice;

/** Why a mail was written: the day's digest, a chase sent at once, or a report pack's notice. */
public enum MailKind {
  DIGEST,
  CHASE,
  REPORT
}
