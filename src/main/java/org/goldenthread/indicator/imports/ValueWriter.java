package org.goldenthread.indicator.imports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.spreadsheet.Problems;
import org.springframework.stereotype.Component;

/**
 * Writes the checked rows of a values import, in the import's transaction: a value or target not
 * yet recorded is inserted in bulk ({@link ValueInserts}), one already recorded is changed through
 * its record (its own rules, its version, the audit trail), and a row the same as what is recorded
 * is left alone. A column the file leaves out keeps what is recorded.
 */
@Component
class ValueWriter {

  private static final int BATCH = 1_000;

  /**
   * What the rows changed, or the rows that would change a locked value without a reason (then
   * nothing is to be kept).
   */
  record Written(int values, int targets, int unchanged, Problems problems) {}

  private record Key(long indicatorId, Period period) {}

  private final IndicatorValueRepository values;
  private final IndicatorTargetRepository targets;
  private final ValueInserts inserts;
  private final EntityManager entities;
  private final Clock clock;

  ValueWriter(
      IndicatorValueRepository values,
      IndicatorTargetRepository targets,
      ValueInserts inserts,
      EntityManager entities,
      Clock clock) {
    this.values = values;
    this.targets = targets;
    this.inserts = inserts;
    this.entities = entities;
    this.clock = clock;
  }

  /**
   * Writes the rows. A row that changes a value whose period a closed reporting period covers
   * ({@code closed}) is recorded as a change needing verification again, and needs a reason.
   */
  Written write(
      List<ValueCheck.Row> rows,
      List<ReportingPeriod> closed,
      PersonRef by,
      ImportProgress progress) {
    Problems problems = new Problems();
    Map<Period, Optional<Period>> locks = new HashMap<>();
    Function<Period, Period> lockedIn =
        p ->
            locks
                .computeIfAbsent(
                    p,
                    k ->
                        closed.stream()
                            .filter(c -> c.covers(k))
                            .map(ReportingPeriod::getPeriod)
                            .findFirst())
                .orElse(null);
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.indicatorId()));
    Map<Key, Long> valueIds = new HashMap<>();
    Map<Key, Long> targetIds = new HashMap<>();
    for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
      keys(values.findKeysByIndicatorIds(chunk), valueIds);
      keys(targets.findKeysByIndicatorIds(chunk), targetIds);
    }
    ValueInserts.Run inserting = inserts.start();
    int valueCount = 0;
    int targetCount = 0;
    int unchanged = 0;
    int done = 0;
    Instant at = clock.instant();
    for (List<ValueCheck.Row> batch : chunks(rows)) {
      Map<Long, IndicatorValue> oldValues = new HashMap<>();
      Map<Long, IndicatorTarget> oldTargets = new HashMap<>();
      List<Long> wantedValues = new ArrayList<>();
      List<Long> wantedTargets = new ArrayList<>();
      for (ValueCheck.Row row : batch) {
        Key key = new Key(row.indicatorId(), row.period());
        if (row.measurement() != null && valueIds.containsKey(key)) {
          wantedValues.add(valueIds.get(key));
        }
        if (row.target() != null && targetIds.containsKey(key)) {
          wantedTargets.add(targetIds.get(key));
        }
      }
      if (!wantedValues.isEmpty()) {
        values.findAllById(wantedValues).forEach(v -> oldValues.put(v.getId(), v));
      }
      if (!wantedTargets.isEmpty()) {
        targets.findAllById(wantedTargets).forEach(t -> oldTargets.put(t.getId(), t));
      }
      for (ValueCheck.Row row : batch) {
        Key key = new Key(row.indicatorId(), row.period());
        boolean changed = false;
        if (row.measurement() != null) {
          IndicatorValue value = oldValues.get(valueIds.get(key));
          String commentary = row.commentaryOver(value == null ? null : value.getCommentary());
          String remedy = row.remedialActionOver(value == null ? null : value.getRemedialAction());
          Period locked = lockedIn.apply(row.period());
          BigDecimal forecast = row.forecastOver(value == null ? null : value.getForecast());
          String basis =
              row.forecastBasisOver(
                  value == null ? null : value.getForecast(),
                  value == null ? null : value.getForecastBasis());
          boolean differs = value == null || !value.holds(row.measurement(), commentary, remedy);
          if (value != null && differs && locked != null && row.changeReason() == null) {
            problems.at(
                row.row(),
                ValueColumns.CHANGE_REASON,
                "The reporting period "
                    + locked.label()
                    + " is closed, so the value of "
                    + row.code()
                    + " for "
                    + row.period().label()
                    + " is locked. Give the reason for changing it in the change_reason column,"
                    + " or leave the row out.");
          } else if (value == null) {
            // Built by its own rules but not saved here: ValueInserts writes its columns, with
            // the row's indicator id (so no indicator is loaded for it).
            value = new IndicatorValue(null, row.period());
            record(value, row, commentary, remedy, null, by, at);
            value.forecast(forecast, basis);
            inserting.add(row.indicatorId(), value);
            changed = true;
          } else if (differs) {
            record(value, row, commentary, remedy, locked, by, at);
            value.forecast(forecast, basis);
            changed = true;
          } else if (!value.forecasts(forecast, basis)) {
            // The forecast is a figure for the year: changed alone, the value keeps its place in
            // the workflow, locked or not.
            value.forecast(forecast, basis);
            changed = true;
          }
          valueCount += changed ? 1 : 0;
        }
        if (row.target() != null) {
          IndicatorTarget target = oldTargets.get(targetIds.get(key));
          boolean targetChanged = true;
          if (target == null) {
            target = new IndicatorTarget(null, row.period());
            target.set(row.target(), by, at);
            inserting.add(row.indicatorId(), target);
          } else if (target.getAmount().compareTo(row.target()) != 0) {
            target.set(row.target(), by, at);
          } else {
            targetChanged = false;
          }
          targetCount += targetChanged ? 1 : 0;
          changed |= targetChanged;
        }
        if (!changed) {
          unchanged++;
        }
      }
      // Changed records first, through Hibernate; then the new ones, in bulk.
      entities.flush();
      entities.clear();
      inserting.flush();
      done += batch.size();
      progress.saved(done);
    }
    inserting.finish();
    return new Written(valueCount, targetCount, unchanged, problems);
  }

  /**
   * An imported value is historic and published, as the council already had it; one for a locked
   * period is a change after closing, so it goes back for verification with its reason.
   */
  private static void record(
      IndicatorValue value,
      ValueCheck.Row row,
      String commentary,
      String remedy,
      Period locked,
      PersonRef by,
      Instant at) {
    if (locked == null) {
      value.recordHistoric(row.measurement(), commentary, remedy, by, at);
    } else {
      value.record(row.measurement(), commentary, remedy, row.changeReason(), locked, by, at);
    }
  }

  private static void keys(List<Object[]> found, Map<Key, Long> into) {
    for (Object[] k : found) {
      into.put(new Key((Long) k[1], (Period) k[2]), (Long) k[0]);
    }
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      chunks.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return chunks;
  }
}
