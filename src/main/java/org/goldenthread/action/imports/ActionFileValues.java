package org.goldenthread.action.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.Words;

/**
 * Reads the dates, percentages and kinds an actions file holds, as trackers write them, and writes
 * them the way the import reads them back.
 */
final class ActionFileValues {

  /** What trackers write for "no status yet": grey, not started, and the like. */
  private static final Set<String> NOT_ASSESSED =
      Set.of("grey", "gray", "gry", "not started", "not assessed", "n/a", "none", "-");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
  private static final Pattern PERCENT = Pattern.compile("\\d{1,3}");

  private ActionFileValues() {}

  /**
   * A date written 2026-03-31 or in the UK order 31/03/2026 (also 31 Mar 2026, as Excel may show
   * it). A date like 03/31/2026 is refused rather than guessed at.
   */
  static Parsed<LocalDate> date(String text, String what) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return Parsed.of(null);
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return new Parsed<>(
            LocalDate.parse(t, format.withResolverStyle(ResolverStyle.STRICT)), null);
      } catch (DateTimeParseException notThisOne) {
        // try the next way of writing a date
      }
    }
    return new Parsed<>(
        null,
        "\""
            + t
            + "\" is not a date. Enter the "
            + what
            + " like 31/03/2026 (day, month, year) or 2026-03-31.");
  }

  /** A whole percentage from 0 to 100, with or without the % sign; empty is 0. */
  static Parsed<Integer> percent(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return new Parsed<>(0, null);
    }
    String digits = t.endsWith("%") ? t.substring(0, t.length() - 1).trim() : t;
    if (!PERCENT.matcher(digits).matches() || Integer.parseInt(digits) > 100) {
      return new Parsed<>(
          null,
          "The percentage complete must be a whole number from 0 to 100, like 50 or 50%, and \""
              + t
              + "\" is not.");
    }
    return new Parsed<>(Integer.parseInt(digits), null);
  }

  /** Action or project, by name; empty is an action. */
  static final Words<ActionKind> KINDS =
      Words.of(ActionKind.ACTION, "action").and(ActionKind.PROJECT, "project");

  /** A status as trackers write it; empty means not yet assessed. */
  static Parsed<Brag> status(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty() || NOT_ASSESSED.contains(t.toLowerCase(Locale.UK))) {
      return Parsed.of(null);
    }
    return Brag.read(t)
        .map(brag -> new Parsed<>(brag, null))
        .orElseGet(
            () ->
                new Parsed<>(
                    null,
                    "\""
                        + t
                        + "\" is not a status. Enter Blue (completed), Green (on course), Amber"
                        + " (achievement in question) or Red (not achieved), or leave it empty if"
                        + " the action has not been assessed yet."));
  }

  static String word(Brag status) {
    return status == null ? "" : status.label();
  }

  static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  static String yesNo(boolean yes) {
    return yes ? "yes" : "no";
  }
}
