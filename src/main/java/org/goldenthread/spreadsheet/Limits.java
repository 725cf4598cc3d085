package org.goldenthread.spreadsheet;

import java.util.Locale;

/**
 * How large a file an import takes, and what an officer is told to do with a larger one.
 *
 * @param tooManyRows what is said of a file with more than {@code maxRows} rows below its headings
 * @param split what to do with a file too large, ending the sentence: "split it into smaller files
 *     and import them one after another."
 */
public record Limits(long maxBytes, int maxRows, String tooManyRows, String split) {

  public static final String SPLIT =
      "split it into smaller files and import them one after another.";

  /** Why a file of {@code bytes} is too large to import, and what to do. */
  public String tooBig(long bytes) {
    return "The file is "
        + String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0))
        + " MB. Files can be up to "
        + megabytes()
        + ": "
        + split;
  }

  /** "10 MB". */
  public String megabytes() {
    return maxBytes / (1024 * 1024) + " MB";
  }
}
