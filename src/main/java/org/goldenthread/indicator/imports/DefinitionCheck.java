package org.goldenthread.indicator.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.Checked;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetRow;
import org.goldenthread.spreadsheet.Table;

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

  record Result(List<Row> rows, List<Problem> problems) implements Checked {}

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

  Result check(Table table) {
    Problems problems = new Problems();
    Headings headings = Headings.read(table, DefinitionColumns.LAYOUT, problems);
    if (headings == null) {
      return new Result(List.of(), problems.list());
    }
    Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      Row read = new RowReader(headings.row(row, problems)).read();
      if (read != null) {
        rowsByCode
            .computeIfAbsent(key(read.form().code()), k -> new ArrayList<>())
            .add(row.number());
        rows.add(read);
      }
    }
    problems.repeated(
        rowsByCode,
        DefinitionColumns.CODE,
        others -> "The code is also used on " + others + ". Each indicator needs one row.");
    return problems.any() ? new Result(List.of(), problems.list()) : new Result(rows, List.of());
  }

  /** Reads one row; null if it has problems (noted). */
  private final class RowReader {
    private final SheetRow row;

    RowReader(SheetRow row) {
      this.row = row;
    }

    Row read() {
      row.checkNothingUnheaded();
      String code = row.value(DefinitionColumns.CODE);
      Existing known = code == null ? null : existing.get(key(code));
      IndicatorForm base = known == null ? IndicatorForm.blank() : known.form();
      String title = row.value(DefinitionColumns.TITLE);
      String description = row.valueOr(DefinitionColumns.DESCRIPTION, base.description());
      Unit unit = row.valueOr(DefinitionColumns.UNIT, base.unit());
      Polarity polarity = row.valueOr(DefinitionColumns.POLARITY, base.polarity());
      PeriodType frequency = row.valueOr(DefinitionColumns.FREQUENCY, base.frequency());
      Aggregation aggregation = row.valueOr(DefinitionColumns.AGGREGATION, base.aggregation());
      if (aggregation == Aggregation.RATIO
          && unit != null
          && unit != Unit.PERCENT
          && unit != Unit.RATIO) {
        problem(
            DefinitionColumns.UNIT,
            "A ratio indicator (numerator over denominator) must have the unit % or ratio, not "
                + unit.label().toLowerCase(Locale.UK)
                + ".");
      }
      Boolean cumulative = row.valueOr(DefinitionColumns.CUMULATIVE, base.cumulative());
      String places = row.valueOr(DefinitionColumns.DECIMAL_PLACES, base.decimalPlaces());
      String tolerance = base.toleranceAmount();
      Tolerance.Kind toleranceKind = base.toleranceKind();
      String toleranceText = tolerance;
      boolean toleranceRead = true;
      if (row.has(DefinitionColumns.TOLERANCE)) {
        String text = v(DefinitionColumns.TOLERANCE);
        toleranceText = text;
        var read = ImportNumbers.read(text, "tolerance");
        tolerance = read.value() == null ? null : Numbers.plain(read.value());
        if (read.problem() != null) {
          problem(DefinitionColumns.TOLERANCE, read.problem());
          toleranceRead = false;
        } else if (read.value() != null && read.value().signum() < 0) {
          problem(DefinitionColumns.TOLERANCE, "The tolerance cannot be negative.");
        }
      }
      // Each column left out keeps the recorded half: a new tolerance keeps the recorded kind.
      if (row.has(DefinitionColumns.TOLERANCE_TYPE)) {
        String kindText = v(DefinitionColumns.TOLERANCE_TYPE);
        toleranceKind = kindText.isEmpty() ? null : ImportWords.TOLERANCE_KINDS.read(kindText);
        if (!kindText.isEmpty() && toleranceKind == null && tolerance != null) {
          problem(
              DefinitionColumns.TOLERANCE_TYPE,
              "\"" + kindText + "\" is not a kind of tolerance. Enter percent or absolute.");
          toleranceRead = false;
        }
      }
      if (tolerance == null) {
        toleranceKind = null;
      } else if (toleranceKind == null && toleranceRead) {
        problem(
            DefinitionColumns.TOLERANCE_TYPE,
            "Say whether the tolerance of "
                + toleranceText
                + " is a percent of the target or an absolute"
                + " amount: enter percent or absolute.");
      }
      IndicatorType type = row.valueOr(DefinitionColumns.TYPE, base.type());
      Long responsible = person(DefinitionColumns.RESPONSIBLE, base.responsibleId());
      Long accountable = person(DefinitionColumns.ACCOUNTABLE, base.accountableId());
      String formula = row.valueOr(DefinitionColumns.FORMULA, base.formula());
      String dataSource = row.valueOr(DefinitionColumns.DATA_SOURCE, base.dataSource());
      List<Long> itemIds = itemIds(base.itemIds());
      if (row.hasProblems()) {
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

    private Long person(Column<?> column, Long unchanged) {
      return row.has(column) ? row.person(column, people) : unchanged;
    }

    private List<Long> itemIds(List<Long> unchanged) {
      if (!row.has(DefinitionColumns.FRAMEWORK_ITEMS)) {
        return unchanged;
      }
      Set<Long> ids = new LinkedHashSet<>();
      for (String code : v(DefinitionColumns.FRAMEWORK_ITEMS).split(";")) {
        if (code.isBlank()) {
          continue;
        }
        Long id = items.get(key(code));
        if (id == null) {
          problem(
              DefinitionColumns.FRAMEWORK_ITEMS,
              "No framework item has the code "
                  + code.trim()
                  + ". Check the code under Framework.");
        } else {
          ids.add(id);
        }
      }
      return List.copyOf(ids);
    }

    private String v(Column<?> column) {
      return row.text(column);
    }

    private void problem(Column<?> column, String message) {
      row.problem(column, message);
    }
  }

  static String key(String code) {
    return code == null ? "" : code.trim().toLowerCase(Locale.UK);
  }
}
