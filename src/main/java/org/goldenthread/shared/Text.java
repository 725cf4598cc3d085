package org.goldenthread.shared;

/** Text as people type it into forms and files. */
public final class Text {

  private Text() {}

  /** The text trimmed, or null when nothing but spaces was entered: an empty field is no value. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
