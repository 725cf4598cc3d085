package org.goldenthread.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.goldenthread.framework.ImportHeadings;
import org.goldenthread.framework.ImportProblem;
import org.goldenthread.framework.ImportProblems;
import org.goldenthread.framework.ImportTable;
import org.goldenthread.framework.PersonFinder;
import org.goldenthread.period.PeriodType;

/**
 * Checks an indicator definitions file row by row against what is recorded, and makes the form for
 * each indicator to create or update. A column left out of the file leaves that part of an existing
 * indicator as it is; a column present but empty means "none" (or the default). Plain Java, so each
 * rule is tested directly; the service then applies the same validation as the form.
 */
final class DefinitionCheck {

  /** An indicator already recorded, as its form shows it. */
  record Existing(long id, IndicatorForm form) {}

  /** One row's indicator: the existing one's id (null for a new one) and its form. */
  record Row(int row, Long existingId, IndicatorForm form) {}

  record Result(List<Row> rows, List<ImportProblem> problems) {

    boolean clean() {
      return problems.isEmpty();
    }
  }

  static final int MAX_ROWS = 5_000;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /._-]{0,29}");

  private final Map<String, Existing> existing;
  private final PersonFinder people;
  private final Map<String, Long> items;

  /** {@code items}: framework item ids by code, any case. */
  DefinitionCheck(
      Map<String, Existing> existingByCode, PersonFinder people, Map<String, Long> items) {
    this.existing = new LinkedHashMap<>();
    existingByCode.forEach((code, e) -> existing.put(key(code), e));
    this.people = people;
    this.items = new LinkedHashMap<>();
    items.forEach((code, id) -> this.items.put(key(code), id));
  }

  Result check(ImportTable table) {
    ImportProblems problems = new ImportProblems();
    ImportHeadings<DefinitionColumn> headings =
        ImportHeadings.read(table, DefinitionColumn.class, "indicator", problems);
    if (headings == null) {
      return new Result(List.of(), problems.list());
    }
    if (table.rows().isEmpty()) {
      problems.inFile(
          "The file has column headings but no indicators below them. Add one row for each"
              + " indicator.");
      return new Result(List.of(), problems.list());
    }
    Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (ImportTable.Row row : table.rows()) {
      Row read = new RowReader(row, headings, problems).read();
      if (read != null) {
        rowsByCode
            .computeIfAbsent(key(read.form().code()), k -> new ArrayList<>())
            .add(row.number());
        rows.add(read);
      }
    }
    rowsByCode.forEach(
        (code, numbers) -> {
          if (numbers.size() > 1) {
            for (int n : numbers) {
              problems.at(
                  n,
                  DefinitionColumn.CODE,
                  "The code is also used on "
                      + ImportProblems.rowsText(numbers.stream().filter(o -> o != n).toList())
                      + ". Each indicator needs one row.");
            }
          }
        });
    return problems.any() ? new Result(List.of(), problems.list()) : new Result(rows, List.of());
  }

  /** Reads one row; null if it has problems (noted). */
  private final class RowReader {
    private final ImportTable.Row row;
    private final ImportHeadings<DefinitionColumn> headings;
    private final ImportProblems problems;
    private final int before;

    RowReader(
        ImportTable.Row row, ImportHeadings<DefinitionColumn> headings, ImportProblems problems) {
      this.row = row;
      this.headings = headings;
      this.problems = problems;
      this.before = problems.count();
    }

    Row read() {
      if (headings.unheadedValue(row)) {
        problems.at(
            row.number(),
            null,
            "This row has a value in a column with no heading. Add a heading or remove the value.");
      }
      String code = v(DefinitionColumn.CODE);
      if (code.isEmpty()) {
        problem(DefinitionColumn.CODE, "Enter the indicator's code, for example NI 192 or HR-01.");
      } else if (!CODE.matcher(code).matches()) {
        problem(
            DefinitionColumn.CODE,
            "The code "
                + code
                + " must be letters, numbers, spaces, dots, slashes, hyphens and underscores, up to"
                + " 30 characters, starting with a letter or number.");
      }
      Existing known = code.isEmpty() ? null : existing.get(key(code));
      IndicatorForm base = known == null ? IndicatorForm.blank() : known.form();
      String title = v(DefinitionColumn.TITLE);
      if (title.isEmpty()) {
        problem(DefinitionColumn.TITLE, "Enter the indicator's title.");
      } else if (title.length() > 300) {
        problem(DefinitionColumn.TITLE, ImportProblems.tooLong("title", title, 300));
      }
      String description = text(DefinitionColumn.DESCRIPTION, base.description(), 4000);
      Unit unit =
          word(
              DefinitionColumn.UNIT,
              ImportWords.unit(v(DefinitionColumn.UNIT)),
              base.unit(),
              "%, number, count, days, £ or ratio");
      Polarity polarity =
          word(
              DefinitionColumn.POLARITY,
              ImportWords.polarity(v(DefinitionColumn.POLARITY)),
              base.polarity(),
              "higher, lower or none");
      PeriodType frequency =
          word(
              DefinitionColumn.FREQUENCY,
              ImportWords.frequency(v(DefinitionColumn.FREQUENCY)),
              base.frequency(),
              "monthly, quarterly, half-yearly or annual");
      Aggregation aggregation =
          word(
              DefinitionColumn.AGGREGATION,
              ImportWords.aggregation(v(DefinitionColumn.AGGREGATION)),
              base.aggregation(),
              "sum, average, last, min, max or ratio");
      if (aggregation == Aggregation.RATIO
          && unit != null
          && unit != Unit.PERCENT
          && unit != Unit.RATIO) {
        problem(
            DefinitionColumn.UNIT,
            "A ratio indicator (numerator over denominator) must have the unit % or ratio, not "
                + unit.label().toLowerCase(Locale.UK)
                + ".");
      }
      Boolean cumulative = base.cumulative();
      if (headings.has(DefinitionColumn.CUMULATIVE)) {
        String text = v(DefinitionColumn.CUMULATIVE);
        cumulative = text.isEmpty() ? Boolean.FALSE : ImportWords.yesNo(text);
        if (cumulative == null) {
          problem(
              DefinitionColumn.CUMULATIVE, "\"" + text + "\" is not yes or no. Enter yes or no.");
        }
      }
      String places = base.decimalPlaces();
      if (headings.has(DefinitionColumn.DECIMAL_PLACES)) {
        String text = v(DefinitionColumn.DECIMAL_PLACES);
        places = text.isEmpty() ? "0" : text;
        if (!text.isEmpty() && !text.matches("[0-6]")) {
          problem(
              DefinitionColumn.DECIMAL_PLACES,
              "Decimal places must be a whole number from 0 to 6, and \"" + text + "\" is not.");
        }
      }
      String tolerance = base.toleranceAmount();
      Tolerance.Kind toleranceKind = base.toleranceKind();
      String toleranceText = tolerance;
      boolean toleranceRead = true;
      if (headings.has(DefinitionColumn.TOLERANCE)) {
        String text = v(DefinitionColumn.TOLERANCE);
        toleranceText = text;
        var read = ImportNumbers.read(text, "tolerance");
        tolerance = read.number() == null ? null : Numbers.plain(read.number());
        if (read.problem() != null) {
          problem(DefinitionColumn.TOLERANCE, read.problem());
          toleranceRead = false;
        } else if (read.number() != null && read.number().signum() < 0) {
          problem(DefinitionColumn.TOLERANCE, "The tolerance cannot be negative.");
        }
      }
      // Each column left out keeps the recorded half: a new tolerance keeps the recorded kind.
      if (headings.has(DefinitionColumn.TOLERANCE_TYPE)) {
        String kindText = v(DefinitionColumn.TOLERANCE_TYPE);
        toleranceKind = kindText.isEmpty() ? null : ImportWords.toleranceKind(kindText);
        if (!kindText.isEmpty() && toleranceKind == null && tolerance != null) {
          problem(
              DefinitionColumn.TOLERANCE_TYPE,
              "\"" + kindText + "\" is not a kind of tolerance. Enter percent or absolute.");
          toleranceRead = false;
        }
      }
      if (tolerance == null) {
        toleranceKind = null;
      } else if (toleranceKind == null && toleranceRead) {
        problem(
            DefinitionColumn.TOLERANCE_TYPE,
            "Say whether the tolerance of "
                + toleranceText
                + " is a percent of the target or an absolute"
                + " amount: enter percent or absolute.");
      }
      IndicatorType type = base.type();
      if (headings.has(DefinitionColumn.TYPE)) {
        String text = v(DefinitionColumn.TYPE);
        type = text.isEmpty() ? IndicatorType.LOCAL : ImportWords.type(text);
        if (type == null) {
          problem(
              DefinitionColumn.TYPE,
              "\"" + text + "\" is not a type of indicator. Enter national, partnership or local.");
        }
      }
      Long responsible = person(DefinitionColumn.RESPONSIBLE, base.responsibleId());
      Long accountable = person(DefinitionColumn.ACCOUNTABLE, base.accountableId());
      String formula = text(DefinitionColumn.FORMULA, base.formula(), 1000);
      String dataSource = text(DefinitionColumn.DATA_SOURCE, base.dataSource(), 300);
      List<Long> itemIds = itemIds(base.itemIds());
      if (problems.count() > before) {
        return null;
      }
      IndicatorForm form =
          new IndicatorForm(
              code,
              title,
              description,
              base.rationale(),
              type,
              unit,
              polarity,
              frequency,
              aggregation,
              cumulative,
              places,
              tolerance,
              toleranceKind,
              dataSource,
              formula,
              base.perspective(),
              base.corporateHealth(),
              base.published(),
              base.active(),
              responsible,
              accountable,
              base.portfolioId(),
              base.orgUnitId(),
              itemIds,
              base.version());
      return new Row(row.number(), known == null ? null : known.id(), form);
    }

    private <T> T word(DefinitionColumn column, T read, T unchanged, String allowed) {
      if (!headings.has(column)) {
        return unchanged;
      }
      String text = v(column);
      if (text.isEmpty()) {
        problem(column, "Enter the " + column.heading() + ": " + allowed + ".");
      } else if (read == null) {
        problem(
            column,
            "\""
                + text
                + "\" is not a "
                + column.heading()
                + " the import knows. Use "
                + allowed
                + ".");
      }
      return read;
    }

    private String text(DefinitionColumn column, String unchanged, int max) {
      if (!headings.has(column)) {
        return unchanged;
      }
      String text = v(column);
      if (text.length() > max) {
        problem(column, ImportProblems.tooLong(column.heading().replace('_', ' '), text, max));
      }
      return text.isEmpty() ? null : text;
    }

    private Long person(DefinitionColumn column, Long unchanged) {
      if (!headings.has(column)) {
        return unchanged;
      }
      String text = v(column);
      if (text.isEmpty()) {
        return null;
      }
      PersonFinder.Match match = people.find(text);
      if (match.problem() != null) {
        problem(column, match.problem());
      }
      return match.id();
    }

    private List<Long> itemIds(List<Long> unchanged) {
      if (!headings.has(DefinitionColumn.FRAMEWORK_ITEMS)) {
        return unchanged;
      }
      Set<Long> ids = new LinkedHashSet<>();
      for (String code : v(DefinitionColumn.FRAMEWORK_ITEMS).split(";")) {
        if (code.isBlank()) {
          continue;
        }
        Long id = items.get(key(code));
        if (id == null) {
          problem(
              DefinitionColumn.FRAMEWORK_ITEMS,
              "No framework item has the code "
                  + code.trim()
                  + ". Check the code under Framework.");
        } else {
          ids.add(id);
        }
      }
      return List.copyOf(ids);
    }

    private String v(DefinitionColumn column) {
      return headings.value(row, column);
    }

    private void problem(DefinitionColumn column, String message) {
      problems.at(row.number(), column, message);
    }
  }

  static String key(String code) {
    return code == null ? "" : code.trim().toLowerCase(Locale.UK);
  }
}
