package org.goldenthread.risk.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskState;
import org.goldenthread.risk.Score;
import org.goldenthread.risk.imports.RiskRowCheck.Closing;
import org.goldenthread.risk.imports.RiskRowCheck.Existing;
import org.goldenthread.risk.imports.RiskRowCheck.RiskRow;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.SheetRow;

/** Reads one row of a register file, noting every problem in it by column. */
final class RiskRowReader {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final SheetRow row;
  private final RiskNames names;
  private final LocalDate today;

  RiskRowReader(SheetRow row, RiskNames names, LocalDate today) {
    this.row = row;
    this.names = names;
    this.today = today;
  }

  /** The row's risk, updating {@code known} if it is recorded; null if the row has problems. */
  RiskRow read(Existing known) {
    String code = row.value(RiskColumns.CODE);
    RiskForm base = known == null ? RiskForm.blank(null) : known.form();
    Long register =
        required(
            row.lookUpOr(RiskColumns.REGISTER, names::register, base.registerId()),
            RiskColumns.REGISTER,
            "Enter the register the risk is on: its code or name.");
    String title =
        required(
            row.valueOr(RiskColumns.TITLE, base.title()),
            RiskColumns.TITLE,
            "Enter the risk's title.");
    String cause = row.valueOr(RiskColumns.CAUSE, base.cause());
    String event = row.valueOr(RiskColumns.EVENT, base.event());
    String consequence = row.valueOr(RiskColumns.CONSEQUENCE, base.consequence());
    Long category =
        required(
            row.lookUpOr(RiskColumns.CATEGORY, names::category, base.categoryId()),
            RiskColumns.CATEGORY,
            "Enter the risk's category: " + String.join(", ", names.categoryNames()) + ".");
    Long owner =
        required(
            row.lookUpOr(RiskColumns.OWNER, names::person, base.ownerId()),
            RiskColumns.OWNER,
            "Enter the risk owner's email address or full name, as recorded under People.");
    RiskNames.Accountable accountable =
        row.has(RiskColumns.ACCOUNTABLE)
            ? orNone(row.lookUp(RiskColumns.ACCOUNTABLE, names::accountable))
            : new RiskNames.Accountable(base.accountableId(), base.accountableBodyId());
    Integer inherentL = level(RiskColumns.INHERENT_LIKELIHOOD, base.inherentLikelihood());
    Integer inherentI = level(RiskColumns.INHERENT_IMPACT, base.inherentImpact());
    Integer currentL = level(RiskColumns.CURRENT_LIKELIHOOD, base.currentLikelihood());
    Integer currentI = level(RiskColumns.CURRENT_IMPACT, base.currentImpact());
    Integer targetL = level(RiskColumns.TARGET_LIKELIHOOD, base.targetLikelihood());
    Integer targetI = level(RiskColumns.TARGET_IMPACT, base.targetImpact());
    checkScores(inherentL, inherentI, currentL, currentI, targetL, targetI);
    ReviewFrequency frequency =
        row.has(RiskColumns.REVIEW_FREQUENCY)
            ? row.value(RiskColumns.REVIEW_FREQUENCY)
            : base.reviewFrequency();
    LocalDate lastReviewed = row.valueOr(RiskColumns.LAST_REVIEWED, base.lastReviewed());
    notFuture(RiskColumns.LAST_REVIEWED, lastReviewed, "The risk cannot have been reviewed");
    LocalDate opened = opened(known, lastReviewed);
    checkLastReview(known, lastReviewed, opened);
    List<Long> items = list(RiskColumns.LINKED_ITEMS, names::items, base.itemIds());
    List<Long> indicators =
        list(RiskColumns.LINKED_INDICATORS, names::indicators, base.indicatorIds());
    List<Long> actions = list(RiskColumns.LINKED_ACTIONS, names::actions, base.actionIds());
    boolean confidential =
        row.has(RiskColumns.CONFIDENTIAL)
            ? Boolean.TRUE.equals(row.value(RiskColumns.CONFIDENTIAL))
            : base.confidential();
    List<Long> readers = list(RiskColumns.READERS, names::readers, base.readerIds());
    Closing closing = closing(known, opened);
    if (row.hasProblems()) {
      return null;
    }
    RiskForm form =
        new RiskForm(
            code,
            register,
            title,
            cause,
            event,
            consequence,
            category,
            owner,
            accountable.personId(),
            accountable.bodyId(),
            inherentL,
            inherentI,
            currentL,
            currentI,
            targetL,
            targetI,
            frequency,
            lastReviewed,
            confidential,
            readers,
            items,
            indicators,
            actions,
            base.version());
    if (known == null) {
      return new RiskRow(
          row.number(),
          null,
          form,
          opened,
          true,
          closing.state() == RiskState.CLOSED ? closing : null);
    }
    boolean changed = !RiskRowCheck.normal(form).equals(RiskRowCheck.normal(known.form()));
    return new RiskRow(
        row.number(),
        known.id(),
        form,
        known.openedOn(),
        changed,
        closing.equals(known.closing()) ? null : closing);
  }

  private <T> T required(T value, Column<?> column, String message) {
    if (value == null && !row.faulty(column)) {
      row.problem(column, message);
    }
    return value;
  }

  private Integer level(Column<Integer> column, Integer recorded) {
    String what = column.heading().replace('_', ' ');
    return required(
        row.valueOr(column, recorded),
        column,
        "Enter the " + what + ", a whole number from 1 to 5.");
  }

  private static RiskNames.Accountable orNone(RiskNames.Accountable found) {
    return found == null ? RiskNames.Accountable.NONE : found;
  }

  /**
   * Controls and actions only bring a risk down: neither the current nor the target score may be
   * above the inherent. A current score at or below the target has met it, which is allowed.
   */
  private void checkScores(Integer il, Integer ii, Integer cl, Integer ci, Integer tl, Integer ti) {
    if (il == null || ii == null) {
      return;
    }
    Score inherent = new Score(il, ii);
    if (cl != null && ci != null && new Score(cl, ci).value() > inherent.value()) {
      row.problem(
          RiskColumns.CURRENT_LIKELIHOOD,
          "The current score ("
              + new Score(cl, ci).describe()
              + ") cannot be above the inherent score ("
              + inherent.describe()
              + "): controls only bring a risk down.");
    }
    if (tl != null && ti != null && new Score(tl, ti).value() > inherent.value()) {
      row.problem(
          RiskColumns.TARGET_LIKELIHOOD,
          "The target score ("
              + new Score(tl, ti).describe()
              + ") cannot be above the inherent score ("
              + inherent.describe()
              + ").");
    }
  }

  private void notFuture(Column<?> column, LocalDate day, String what) {
    if (day != null && day.isAfter(today) && !row.faulty(column)) {
      row.problem(column, what + " on " + DAY.format(day) + ": that is in the future.");
    }
  }

  /**
   * The day a new risk opens: as the file says, else its last review, else today. A recorded risk's
   * opening cannot be changed.
   */
  private LocalDate opened(Existing known, LocalDate lastReviewed) {
    LocalDate given = row.valueOr(RiskColumns.OPENED, null);
    if (known != null) {
      if (given != null && !given.equals(known.openedOn())) {
        row.problem(
            RiskColumns.OPENED,
            "The risk opened on "
                + DAY.format(known.openedOn())
                + ", as recorded, and the date"
                + " it opened cannot be changed. Enter that date, or leave the cell empty.");
      }
      return known.openedOn();
    }
    notFuture(RiskColumns.OPENED, given, "The risk cannot have opened");
    return given != null ? given : lastReviewed != null ? lastReviewed : today;
  }

  /** A review cannot come before the risk opened, nor go back before its score history. */
  private void checkLastReview(Existing known, LocalDate lastReviewed, LocalDate opened) {
    if (lastReviewed == null || row.faulty(RiskColumns.LAST_REVIEWED)) {
      return;
    }
    if (lastReviewed.isBefore(opened)) {
      row.problem(
          RiskColumns.LAST_REVIEWED,
          "The risk cannot have been reviewed on "
              + DAY.format(lastReviewed)
              + ", before it opened on "
              + DAY.format(opened)
              + ".");
    } else if (known != null
        && !lastReviewed.equals(known.form().lastReviewed())
        && known.latestEntry() != null
        && lastReviewed.isBefore(known.latestEntry())) {
      row.problem(
          RiskColumns.LAST_REVIEWED,
          "The risk's score history already has an entry on "
              + DAY.format(known.latestEntry())
              + ". Its last review cannot go back before that: enter that date or a later one.");
    }
  }

  private List<Long> list(
      Column<?> column, Function<String, Parsed<List<Long>>> lookUp, List<Long> recorded) {
    if (!row.has(column)) {
      return recorded;
    }
    List<Long> found = row.lookUp(column, lookUp::apply);
    return found == null ? List.of() : found;
  }

  /** Open, or closed with a date (today if none) and a reason, as the file or the record says. */
  private Closing closing(Existing known, LocalDate opened) {
    Closing base = known == null ? Closing.OPEN : known.closing();
    RiskState state = row.has(RiskColumns.STATE) ? row.value(RiskColumns.STATE) : base.state();
    LocalDate closedOn = row.valueOr(RiskColumns.CLOSED_ON, base.closedOn());
    String reason = row.valueOr(RiskColumns.CLOSED_REASON, base.reason());
    if (state == null) {
      return base;
    }
    if (state == RiskState.OPEN) {
      boolean given =
          !row.text(RiskColumns.CLOSED_ON).isEmpty()
              || !row.text(RiskColumns.CLOSED_REASON).isEmpty();
      if (given) {
        row.problem(
            RiskColumns.STATE,
            "The risk is open, and an open risk has no closing date or reason. Enter closed, or"
                + " leave closed_on and closed_reason empty.");
      }
      return Closing.OPEN;
    }
    if (closedOn == null) {
      closedOn =
          base.state() == RiskState.CLOSED && base.closedOn() != null ? base.closedOn() : today;
    }
    notFuture(RiskColumns.CLOSED_ON, closedOn, "The risk cannot have closed");
    if (closedOn.isBefore(opened) && !row.faulty(RiskColumns.CLOSED_ON)) {
      row.problem(
          RiskColumns.CLOSED_ON,
          "The risk cannot close on "
              + DAY.format(closedOn)
              + ", before it opened on "
              + DAY.format(opened)
              + ".");
    }
    if (reason == null && !row.faulty(RiskColumns.CLOSED_REASON)) {
      row.problem(RiskColumns.CLOSED_REASON, "Say why the risk closed.");
    }
    return new Closing(RiskState.CLOSED, closedOn, reason);
  }
}
