package org.goldenthread.framework;

/** An upload that cannot be read as an import file at all; the message says why, plainly. */
public class ImportFileException extends RuntimeException {

  public ImportFileException(String message) {
    super(message);
  }

  ImportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
