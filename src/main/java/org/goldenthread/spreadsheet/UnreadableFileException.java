package org.goldenthread.spreadsheet;

/** An upload that cannot be read as an import file at all; the message says why, plainly. */
public class UnreadableFileException extends RuntimeException {

  public UnreadableFileException(String message) {
    super(message);
  }

  UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
