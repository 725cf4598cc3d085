package org.goldenthread.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;

/**
 * A demo action as written down in {@link DemoActionTable}, one row to an action:
 *
 * <pre>
 * CODE | DELIVERS | LEAD, ACCOUNTABLE | KIND START DUE | Title
 *     Description, on indented lines below the row.
 *     milestone DUE [done DATE] [after N] | Title
 *     update QUARTER STATUS PERCENT [done DATE] | Commentary [| What will be done]
 * </pre>
 *
 * DELIVERS is a framework item's code and, for an action arising from a committee decision, the
 * decision's key in {@link DemoDecisions} after an "@"; people are the demo council's keys.
 *
 * <p>Dates are counted in months from the first day of the quarter the demo is loaded in, so that
 * the demo reads the same whenever it is started. START is the first day of a month: 0 is the first
 * day of this quarter, -6 the first day of the month six months before. Every other date is the
 * last day of a month: 0 is the last day of last quarter, 3 the last day of this one; "today" is
 * the day the demo is loaded. Dates due from 1 to 2 would be overdue or not depending on the day,
 * so the table keeps to 0 or before (certainly past) and 3 or after (certainly to come).
 *
 * <p>A milestone may wait on the Nth milestone above it. An update's QUARTER is 0 for this quarter
 * and -1 for last quarter; its STATUS is B, G, A or R. An action without updates has never been
 * reported on.
 */
record DemoAction(
    String code,
    String item,
    String decision,
    String lead,
    String accountable,
    ActionKind kind,
    int start,
    String due,
    String title,
    String description,
    List<Step> milestones,
    List<Update> updates) {

  /** A milestone: when it is due, when it was done (null if not yet), and which it waits on. */
  record Step(String due, String done, Integer after, String title) {}

  /** A progress update for a quarter, as the lead officer made it. */
  record Update(
      int quarter, Brag status, int percent, String done, String commentary, String remedy) {}

  static List<DemoAction> parse(String table) {
    return DemoTable.read(table, DemoAction::of);
  }

  private static DemoAction of(String row, List<String> notes) {
    String[] cells = cells(row, 5, 5);
    String[] people = cells[2].split(",");
    String[] timing = cells[3].split("\\s+");
    if (people.length != 2 || timing.length != 3) {
      throw new IllegalArgumentException("Demo action not understood: " + row);
    }
    String item = null;
    String decision = null;
    for (String delivers : cells[1].split(",")) {
      String code = delivers.strip();
      if (code.startsWith("@")) {
        decision = code.substring(1);
      } else if (!code.equals("-")) {
        item = code;
      }
    }
    StringBuilder description = new StringBuilder();
    List<Step> milestones = new ArrayList<>();
    List<Update> updates = new ArrayList<>();
    for (String note : notes) {
      if (note.startsWith("milestone ")) {
        milestones.add(step(note));
      } else if (note.startsWith("update ")) {
        updates.add(update(note));
      } else {
        description.append(description.isEmpty() ? "" : " ").append(note);
      }
    }
    return new DemoAction(
        cells[0],
        item,
        decision,
        people[0].strip(),
        people[1].strip(),
        ActionKind.valueOf(timing[0]),
        Integer.parseInt(timing[1]),
        timing[2],
        cells[4],
        description.isEmpty() ? null : description.toString(),
        milestones,
        updates);
  }

  /** "milestone -4 done -3 after 1 | Title". */
  private static Step step(String line) {
    String[] cells = cells(line, 2, 2);
    List<String> words = Arrays.asList(cells[0].split("\\s+"));
    return new Step(
        words.get(1),
        following(words, "done"),
        words.contains("after") ? Integer.valueOf(following(words, "after")) : null,
        cells[1]);
  }

  /** "update -1 A 45 done -2 | Commentary | What will be done". */
  private static Update update(String line) {
    String[] cells = cells(line, 2, 3);
    List<String> words = Arrays.asList(cells[0].split("\\s+"));
    return new Update(
        Integer.parseInt(words.get(1)),
        Brag.read(words.get(2))
            .orElseThrow(() -> new IllegalArgumentException("Unknown status in: " + line)),
        Integer.parseInt(words.get(3)),
        following(words, "done"),
        cells[1],
        cells.length > 2 ? cells[2] : null);
  }

  private static String following(List<String> words, String word) {
    int at = words.indexOf(word);
    return at < 0 ? null : words.get(at + 1);
  }

  private static String[] cells(String line, int fewest, int most) {
    String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
    if (cells.length < fewest || cells.length > most) {
      throw new IllegalArgumentException("Demo action line not understood: " + line);
    }
    return cells;
  }
}
