package org.goldenthread.risk.imports;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskState;
import org.goldenthread.spreadsheet.Checked;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetRow;
import org.goldenthread.spreadsheet.Table;

/**
 * Checks a register file row by row against what is recorded, and says what each row would change,
 * or lists every problem in the file: nothing is saved unless it finds nothing wrong. The rules of
 * the risk's own form and of its scores are applied here, to every row, before anything is written.
 * Plain Java, so each rule is tested directly.
 *
 * <p>A column left out of the file leaves that part of an existing risk as it is; a column present
 * but empty means "none" (or the default).
 */
final class RiskRowCheck {

  /** Open, or closed on a day for a reason. */
  record Closing(RiskState state, LocalDate closedOn, String reason) {
    static final Closing OPEN = new Closing(RiskState.OPEN, null, null);
  }

  /** A risk already recorded, as the check needs to know it. */
  record Existing(
      long id, RiskForm form, LocalDate openedOn, Closing closing, LocalDate latestEntry) {

    static Existing of(Risk r) {
      List<RiskReview> history = r.getHistory();
      return new Existing(
          r.getId(),
          RiskForm.of(r),
          r.getOpenedOn(),
          new Closing(r.getState(), r.getClosedOn(), r.getClosedReason()),
          history.stream().map(RiskReview::getReviewedOn).max(LocalDate::compareTo).orElse(null));
    }
  }

  /**
   * One row: the risk it updates (null for a new one), the form to save, the day a new risk opens,
   * whether the form changes anything, and its state (null when as recorded).
   */
  record RiskRow(
      int row,
      Long existingId,
      RiskForm form,
      LocalDate openedOn,
      boolean formChanged,
      Closing closing) {

    boolean changes() {
      return existingId == null || formChanged || closing != null;
    }
  }

  record Result(List<RiskRow> rows, List<Problem> problems) implements Checked {}

  private final Map<String, Existing> existing = new HashMap<>();
  private final RiskNames names;
  private final LocalDate today;

  RiskRowCheck(Map<String, Existing> existingByCode, RiskNames names, LocalDate today) {
    existingByCode.forEach((code, e) -> existing.put(RiskFileValues.key(code), e));
    this.names = names;
    this.today = today;
  }

  Result check(Table table) {
    Problems problems = new Problems();
    Headings headings = Headings.read(table, RiskColumns.LAYOUT, problems);
    if (headings == null) {
      return new Result(List.of(), problems.list());
    }
    Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
    List<RiskRow> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      SheetRow sheetRow = headings.row(row, problems);
      sheetRow.checkNothingUnheaded();
      String code = RiskFileValues.key(headings.value(row, RiskColumns.CODE));
      if (!code.isEmpty()) {
        rowsByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(row.number());
      }
      RiskRow read = new RiskRowReader(sheetRow, names, today).read(existing.get(code));
      if (read != null) {
        rows.add(read);
      }
    }
    problems.repeated(
        rowsByCode,
        RiskColumns.CODE,
        others -> "The code is also used on " + others + ". Each risk needs one row of its own.");
    return problems.any()
        ? new Result(List.of(), problems.listByColumn(RiskColumns.LAYOUT))
        : new Result(List.copyOf(rows), List.of());
  }

  /** The form as saved and compared: text trimmed, empty text none, lists in a set order. */
  static RiskForm normal(RiskForm f) {
    return new RiskForm(
        f.code(),
        f.registerId(),
        trim(f.title()),
        trim(f.cause()),
        trim(f.event()),
        trim(f.consequence()),
        f.categoryId(),
        f.ownerId(),
        f.accountableId(),
        f.accountableBodyId(),
        f.inherentLikelihood(),
        f.inherentImpact(),
        f.currentLikelihood(),
        f.currentImpact(),
        f.targetLikelihood(),
        f.targetImpact(),
        f.reviewFrequency(),
        f.lastReviewed(),
        f.confidential(),
        sorted(f.readerIds()),
        sorted(f.itemIds()),
        sorted(f.indicatorIds()),
        sorted(f.actionIds()),
        null);
  }

  private static String trim(String text) {
    return text == null ? null : blankToNull(text.strip());
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().distinct().sorted().toList();
  }
}
