package org.goldenthread.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Perspective;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;

/**
 * A demo indicator as written down in {@link DemoIndicatorTable}, one row to an indicator:
 *
 * <pre>
 * CODE | SERVICE | RESPONSIBLE, ACCOUNTABLE | MEASURES | HOW | TARGET | STORY | Title
 *     Definition, on indented lines below the row.
 *     Why: commentary for an amber or red figure.
 *     Action: what is being done about it.
 * </pre>
 *
 * HOW is a list of words: the unit, aggregation, frequency, polarity (UP, DOWN or NONE), type (NAT,
 * PART or LOCAL), decimal places ("1dp"), CUM for year to date, HEALTH for corporate health, PUBLIC
 * for published, a perspective, and settings: tol:2 (absolute) or tol:10% , of:N (a ratio's usual
 * denominator each period), lvl:N (a data-only figure's usual level), profile:a,b,c,d (how an
 * annual total is spread), src:KEY (a real series in {@link DemoSeries}), path:GAR (the outcome of
 * each period of the story year in turn, the last repeated); a calculated indicator's formula
 * follows " = ". TARGET is the annual target ("-" for none). STORY is how the last complete quarter
 * looks (G, A, R, M for missing, D for data only) and how far its figures have got (P published, V
 * verified, S submitted, E entered).
 */
record DemoIndicator(
    String code,
    String service,
    String responsible,
    String accountable,
    List<String> measures,
    Unit unit,
    Aggregation aggregation,
    PeriodType frequency,
    Polarity polarity,
    IndicatorType type,
    int places,
    Set<String> flags,
    Perspective perspective,
    Map<String, String> settings,
    String formula,
    BigDecimal target,
    char outcome,
    char stage,
    String title,
    String definition,
    String why,
    String action) {

  boolean cumulative() {
    return flags.contains("CUM");
  }

  boolean flagged(String flag) {
    return flags.contains(flag);
  }

  String setting(String key) {
    return settings.get(key);
  }

  Tolerance tolerance() {
    String tol = settings.get("tol");
    if (tol == null) {
      return null;
    }
    return tol.endsWith("%")
        ? Tolerance.percent(tol.substring(0, tol.length() - 1))
        : Tolerance.absolute(tol);
  }

  List<BigDecimal> profile() {
    String profile = settings.get("profile");
    return profile == null
        ? List.of()
        : Arrays.stream(profile.split(",")).map(BigDecimal::new).toList();
  }

  static List<DemoIndicator> parse(String table) {
    return DemoTable.read(table, DemoIndicator::of);
  }

  private static DemoIndicator of(String row, List<String> notes) {
    String[] cells = row.split("\\|");
    if (cells.length != 8) {
      throw new IllegalArgumentException("Demo indicator not understood: " + row);
    }
    String[] people = cells[2].split(",");
    String how = cells[4].strip();
    String formula = null;
    int equals = how.indexOf(" = ");
    if (equals >= 0) {
      formula = how.substring(equals + 3).strip();
      how = how.substring(0, equals);
    }
    Set<String> flags = new HashSet<>();
    Map<String, String> settings = new HashMap<>();
    Unit unit = null;
    Aggregation aggregation = null;
    PeriodType frequency = null;
    Polarity polarity = null;
    IndicatorType type = IndicatorType.LOCAL;
    Perspective perspective = null;
    int places = 0;
    for (String word : how.split("\\s+")) {
      if (word.contains(":")) {
        settings.put(word.substring(0, word.indexOf(':')), word.substring(word.indexOf(':') + 1));
      } else if (word.endsWith("dp")) {
        places = Integer.parseInt(word.substring(0, word.length() - 2));
      } else {
        switch (word) {
          case "PERCENT", "NUMBER", "COUNT", "DAYS", "MONEY" -> unit = Unit.valueOf(word);
          case "RATIO", "SUM", "AVERAGE", "LAST" -> aggregation = Aggregation.valueOf(word);
          case "MONTH", "QUARTER" -> frequency = PeriodType.valueOf(word);
          case "YEAR" -> frequency = PeriodType.FINANCIAL_YEAR;
          case "UP" -> polarity = Polarity.HIGHER_IS_BETTER;
          case "DOWN" -> polarity = Polarity.LOWER_IS_BETTER;
          case "NONE" -> polarity = Polarity.NONE;
          case "NAT" -> type = IndicatorType.NATIONAL;
          case "PART" -> type = IndicatorType.PARTNERSHIP;
          case "LOCAL" -> type = IndicatorType.LOCAL;
          case "CUSTOMER", "PROCESS", "FINANCE", "ORGANISATION" ->
              perspective = Perspective.valueOf(word);
          case "CUM", "HEALTH", "PUBLIC" -> flags.add(word);
          default -> throw new IllegalArgumentException("Unknown word " + word + " in: " + row);
        }
      }
    }
    if (unit == null || aggregation == null || frequency == null || polarity == null) {
      throw new IllegalArgumentException("Demo indicator lacks unit, aggregation, etc.: " + row);
    }
    String story = cells[6].strip();
    StringBuilder definition = new StringBuilder();
    String why = null;
    String action = null;
    for (String note : notes) {
      if (note.startsWith("Why:")) {
        why = note.substring(4).strip();
      } else if (note.startsWith("Action:")) {
        action = note.substring(7).strip();
      } else if (action != null) {
        action = action + " " + note;
      } else if (why != null) {
        why = why + " " + note;
      } else {
        definition.append(definition.isEmpty() ? "" : " ").append(note);
      }
    }
    return new DemoIndicator(
        cells[0].strip(),
        cells[1].strip(),
        people[0].strip(),
        people[1].strip(),
        Arrays.stream(cells[3].split(",")).map(String::strip).toList(),
        unit,
        aggregation,
        frequency,
        polarity,
        type,
        places,
        flags,
        perspective,
        settings,
        formula,
        cells[5].strip().equals("-") ? null : new BigDecimal(cells[5].strip()),
        story.charAt(0),
        story.length() > 2 ? story.charAt(2) : 'P',
        cells[7].strip(),
        definition.toString(),
        why,
        action);
  }
}
