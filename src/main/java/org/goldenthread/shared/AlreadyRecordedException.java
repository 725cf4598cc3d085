package org.goldenthread.shared;

/**
 * Someone else created the same record (the first value of a period, say) a moment before: the
 * database kept theirs and nothing of this change is saved. The message names what exists.
 */
public class AlreadyRecordedException extends RuntimeException {

  public AlreadyRecordedException(String message) {
    super(message);
  }
}
