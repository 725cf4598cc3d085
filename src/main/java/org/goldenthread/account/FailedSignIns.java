package org.goldenthread.account;

import java.time.Instant;
import org.goldenthread.shared.DisplayFormats;

/** Wrong passwords tried on an account between two of its holder's sign-ins. */
public record FailedSignIns(int count, Instant lastAt, String lastFrom) {

  /** The notice the holder sees on their home page. */
  public String message(DisplayFormats formats) {
    String attempts =
        count == 1
            ? "There was 1 failed sign-in attempt"
            : "There were " + count + " failed sign-in attempts";
    StringBuilder text =
        new StringBuilder(attempts).append(" on your account since your last sign-in");
    if (lastAt != null) {
      text.append(count == 1 ? ", at " : ", the last at ").append(formats.dateTime(lastAt));
    }
    if (lastFrom != null && !lastFrom.isBlank()) {
      text.append(" from ").append(lastFrom);
    }
    return text.append(". If this was not you, tell your council's performance team.").toString();
  }
}
