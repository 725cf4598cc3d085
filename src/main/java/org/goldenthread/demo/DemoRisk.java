package org.goldenthread.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.risk.Effectiveness;

/**
 * A demo risk as written down in {@link DemoRiskTable} and {@link DemoRegisterRiskTable}, one row
 * to a risk:
 *
 * <pre>
 * CODE | REGISTER | CATEGORY | OWNER, ACCOUNTABLE | INHERENT TARGET FREQUENCY | Title
 *     cause ..., event ..., consequence ... (one line each)
 *     links ITEMS | INDICATORS | ACTIONS        (codes, comma-separated, or -)
 *     control E|P|N OWNER | What is in place     (effective, partly, not effective)
 *     scores Q LxI, Q LxI, ...                   (the first is the opening assessment)
 *     changed Q | What changed | Why             (the words of that quarter's review)
 *     escalated Q REGISTER | Reason              (moved up or down to that register)
 *     closed Q | Reason
 *     readers KEY, KEY                           (makes the risk confidential)
 * </pre>
 *
 * People are the demo council's keys; an accountable body is written "@" and its name. Scores are
 * likelihood × impact. Q counts quarters back from the one the demo is loaded in: 0 is this quarter
 * (dated no later than today), -1 last quarter, and so on. The current score is the last in the
 * list, and the risk's movement compares it with the last one before this quarter; a risk first
 * scored in quarter 0 is new. A quarterly review last held in quarter -2 or before is overdue.
 */
record DemoRisk(
    String code,
    String register,
    String category,
    String owner,
    String accountable,
    Score inherent,
    Score target,
    ReviewFrequency frequency,
    String title,
    String cause,
    String event,
    String consequence,
    List<String> items,
    List<String> indicators,
    List<String> actions,
    List<Control> controls,
    List<Assessment> scores,
    List<Change> changes,
    List<Move> moves,
    Close closed,
    List<String> readers) {

  record Score(int likelihood, int impact) {
    static Score read(String text) {
      String[] parts = text.strip().split("x");
      return new Score(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    int value() {
      return likelihood * impact;
    }
  }

  record Control(Effectiveness effectiveness, String owner, String description) {}

  /** The current score as assessed in a quarter. */
  record Assessment(int quarter, Score score) {}

  /** What a quarter's review said changed, and why. */
  record Change(int quarter, String whatChanged, String why) {}

  record Move(int quarter, String register, String reason) {}

  record Close(int quarter, String reason) {}

  boolean confidential() {
    return !readers.isEmpty();
  }

  static List<DemoRisk> parse(String table) {
    return DemoTable.read(table, DemoRisk::of);
  }

  private static DemoRisk of(String row, List<String> notes) {
    String[] cells = cells(row, 6, 6);
    String[] people = cells[3].split(",");
    String[] scoring = cells[4].split("\\s+");
    if (people.length != 2 || scoring.length != 3) {
      throw new IllegalArgumentException("Demo risk not understood: " + row);
    }
    String cause = null;
    String event = null;
    String consequence = null;
    List<String> items = List.of();
    List<String> indicators = List.of();
    List<String> actions = List.of();
    List<Control> controls = new ArrayList<>();
    List<Assessment> scores = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    Close closed = null;
    List<String> readers = List.of();
    for (String note : notes) {
      String word = note.substring(0, note.indexOf(' '));
      String rest = note.substring(word.length()).strip();
      switch (word) {
        case "cause" -> cause = rest;
        case "event" -> event = rest;
        case "consequence" -> consequence = rest;
        case "links" -> {
          String[] links = cells(rest, 3, 3);
          items = codes(links[0]);
          indicators = codes(links[1]);
          actions = codes(links[2]);
        }
        case "control" -> {
          String[] parts = cells(rest, 2, 2);
          String[] head = parts[0].split("\\s+");
          controls.add(new Control(effectiveness(head[0]), head[1], parts[1]));
        }
        case "scores" -> {
          for (String entry : rest.split(",")) {
            String[] parts = entry.strip().split("\\s+");
            scores.add(new Assessment(Integer.parseInt(parts[0]), Score.read(parts[1])));
          }
        }
        case "changed" -> {
          String[] parts = cells(rest, 2, 3);
          changes.add(
              new Change(Integer.parseInt(parts[0]), parts[1], parts.length > 2 ? parts[2] : null));
        }
        case "escalated" -> {
          String[] parts = cells(rest, 2, 2);
          String[] head = parts[0].split("\\s+");
          moves.add(new Move(Integer.parseInt(head[0]), head[1], parts[1]));
        }
        case "closed" -> {
          String[] parts = cells(rest, 2, 2);
          closed = new Close(Integer.parseInt(parts[0]), parts[1]);
        }
        case "readers" -> readers = codes(rest);
        default -> throw new IllegalArgumentException("Demo risk note not understood: " + note);
      }
    }
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("Demo risk without scores: " + row);
    }
    return new DemoRisk(
        cells[0],
        cells[1],
        cells[2],
        people[0].strip(),
        people[1].strip(),
        Score.read(scoring[0]),
        Score.read(scoring[1]),
        ReviewFrequency.valueOf(scoring[2]),
        cells[5],
        cause,
        event,
        consequence,
        items,
        indicators,
        actions,
        controls,
        scores,
        changes,
        moves,
        closed,
        readers);
  }

  private static Effectiveness effectiveness(String letter) {
    return switch (letter) {
      case "E" -> Effectiveness.EFFECTIVE;
      case "P" -> Effectiveness.PARTLY_EFFECTIVE;
      case "N" -> Effectiveness.NOT_EFFECTIVE;
      default -> throw new IllegalArgumentException("Effectiveness is E, P or N, not " + letter);
    };
  }

  private static List<String> codes(String text) {
    return text.equals("-")
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).toList();
  }

  private static String[] cells(String line, int fewest, int most) {
    String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
    if (cells.length < fewest || cells.length > most) {
      throw new IllegalArgumentException("Demo risk line not understood: " + line);
    }
    return cells;
  }
}
