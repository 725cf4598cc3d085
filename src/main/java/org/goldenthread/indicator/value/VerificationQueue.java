package org.goldenthread.indicator.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.period.Period;
import org.goldenthread.shared.Choice;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values waiting for the signed-in person to verify, as the queue lists them: each with what
 * its period reports, narrowed by service or directorate, period and status.
 */
@Component
@Transactional(readOnly = true)
class VerificationQueue {

  /** The queue's filters, as the page's filter form sends them; null for any. */
  record Filter(Long unit, String period, Status status) {

    public boolean any() {
      return unit != null || period != null || status != null;
    }

    public boolean admits(Row row) {
      return (unit == null || row.within(unit))
          && (period == null || row.value().getPeriod().label().equals(period))
          && (status == null || row.result().status() == status);
    }
  }

  /** One value in the queue and what its period reports with it counted. */
  record Row(IndicatorValue value, PeriodResult result) {

    public OrgUnit unit() {
      return value.getIndicator().getOrgUnit();
    }

    public boolean within(long unitId) {
      for (OrgUnit u = unit(); u != null; u = u.getParent()) {
        if (u.getId() == unitId) {
          return true;
        }
      }
      return false;
    }

    /** Worst first when sorted by status: red, amber, then the rest. */
    public int statusOrder() {
      return switch (result.status()) {
        case RED -> 0;
        case AMBER -> 1;
        case GREEN -> 2;
        case DATA_ONLY -> 3;
        case NO_DATA -> 4;
      };
    }

    /** When the value was sent for verification (or entered, if it has no record of that). */
    public Instant waitingSince() {
      return value.getSubmittedAt() != null ? value.getSubmittedAt() : value.getEnteredAt();
    }

    public boolean explained() {
      return value.getCommentary() != null && !value.getCommentary().isBlank();
    }

    /**
     * The checkbox's value: the value's id and the version shown, for a stale choice to be told.
     */
    public String choice() {
      return value.getId() + ":" + value.getVersion();
    }
  }

  /** The rows the filters admit, out of {@code total}, and each filter's choices. */
  record Queue(
      List<Row> rows, int total, List<Choice> units, List<Choice> periods, List<Choice> statuses) {}

  private final DataEntry entry;
  private final IndicatorAccess access;
  private final IndicatorResults results;

  VerificationQueue(DataEntry entry, IndicatorAccess access, IndicatorResults results) {
    this.entry = entry;
    this.access = access;
    this.results = results;
  }

  Queue of(Authentication authentication, Filter filter) {
    List<IndicatorValue> mine =
        entry.awaitingVerification().stream()
            .filter(v -> access.canVerify(authentication, v.getIndicator()))
            .toList();
    Map<Long, IndicatorCalculator> calculators =
        results.calculators(mine.stream().map(IndicatorValue::getIndicator).distinct().toList());
    List<Row> all = new ArrayList<>();
    for (IndicatorValue v : mine) {
      all.add(new Row(v, calculators.get(v.getIndicator().getId()).result(v.getPeriod())));
    }
    // Red first, then amber: what needs the closest look; within each, what has waited longest.
    all.sort(
        Comparator.comparingInt(Row::statusOrder)
            .thenComparing(Row::waitingSince, Comparator.nullsLast(Comparator.naturalOrder())));
    return new Queue(
        all.stream().filter(filter::admits).toList(),
        all.size(),
        units(all),
        periods(all),
        statuses());
  }

  /** Every service and directorate the queue's values sit in, by name. */
  private static List<Choice> units(List<Row> rows) {
    Map<Long, OrgUnit> units = new LinkedHashMap<>();
    for (Row row : rows) {
      for (OrgUnit u = row.unit(); u != null; u = u.getParent()) {
        units.putIfAbsent(u.getId(), u);
      }
    }
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any"));
    units.values().stream()
        .sorted(Comparator.comparing(OrgUnit::getName))
        .forEach(u -> choices.add(Choice.of(u.getId(), u.label())));
    return choices;
  }

  private static List<Choice> periods(List<Row> rows) {
    TreeSet<Period> periods = new TreeSet<>(Comparator.reverseOrder());
    rows.forEach(r -> periods.add(r.value().getPeriod()));
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any"));
    periods.forEach(p -> choices.add(Choice.of(p.label(), p.label())));
    return choices;
  }

  private static List<Choice> statuses() {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any"));
    for (Status s : List.of(Status.RED, Status.AMBER, Status.GREEN, Status.DATA_ONLY)) {
      choices.add(Choice.of(s.name(), s.label()));
    }
    return choices;
  }
}
