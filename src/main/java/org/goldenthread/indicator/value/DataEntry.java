package org.goldenthread.indicator.value;

import static org.goldenthread.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.UniqueKeys;
import org.goldenthread.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering, submitting, verifying and publishing indicator values (SPEC §4). A refusal throws, so
 * the transaction rolls back and nothing is half-saved.
 */
@Service
@Transactional
public class DataEntry {

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final IndicatorResults results;
  private final ReportingPeriods reporting;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  DataEntry(
      IndicatorRepository indicators,
      IndicatorValueRepository values,
      IndicatorResults results,
      ReportingPeriods reporting,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.indicators = indicators;
    this.values = values;
    this.results = results;
    this.reporting = reporting;
    this.clock = clock;
  }

  /**
   * The closed reporting period whose lock a value for the period is under, if any: changing it
   * needs a reason and sends it back for verification.
   */
  @Transactional(readOnly = true)
  public Optional<Period> lockedIn(Period period) {
    return reporting.lockedBy(period).map(ReportingPeriod::getPeriod);
  }

  @Transactional(readOnly = true)
  public IndicatorValue value(long id) {
    return values.findById(id).orElseThrow(() -> new RecordNotFoundException("Value", id));
  }

  /**
   * Records a value for a period and, if asked, submits it for verification; an amber or red value
   * is refused for submission without commentary and a remedial action.
   */
  public IndicatorValue enter(
      Indicator indicator, Period period, ValueForm form, PersonRef by, boolean submit) {
    return enter(indicator, period, form, by, submit, null);
  }

  /**
   * As above, for a person or program that sent no version because it saw no value for the period:
   * if one exists by the time this is written (someone entered it a moment ago), it is not replaced
   * but refused with {@code whenUnseen}. Checked here, in the writing transaction, so no moment is
   * left between looking and writing.
   */
  public IndicatorValue enter(
      Indicator indicator,
      Period period,
      ValueForm form,
      PersonRef by,
      boolean submit,
      Function<IndicatorValue, RuntimeException> whenUnseen) {
    return enter(indicator, period, form, by, submit, whenUnseen, submit).value();
  }

  /**
   * A value entered, and what its period reports with it counted; {@code forecastOnly} when the
   * figures and words were as recorded, so only the forecast was kept and the value's place in the
   * workflow left as it was.
   */
  public record Entered(IndicatorValue value, PeriodResult result, boolean forecastOnly) {}

  /** As {@link #enter}, answering also what the period reports with the value counted. */
  public Entered enterJudged(
      Indicator indicator,
      Period period,
      ValueForm form,
      PersonRef by,
      boolean submit,
      Function<IndicatorValue, RuntimeException> whenUnseen) {
    return enter(indicator, period, form, by, submit, whenUnseen, true, Map.of());
  }

  /**
   * As above, with the problems the form's own checks found already ({@code found}, field then
   * message): they are named together with every other problem, and nothing is saved.
   */
  Entered enterJudged(
      Indicator indicator,
      Period period,
      ValueForm form,
      PersonRef by,
      boolean submit,
      Function<IndicatorValue, RuntimeException> whenUnseen,
      Map<String, String> found) {
    return enter(indicator, period, form, by, submit, whenUnseen, true, found);
  }

  private Entered enter(
      Indicator indicator,
      Period period,
      ValueForm form,
      PersonRef by,
      boolean submit,
      Function<IndicatorValue, RuntimeException> whenUnseen,
      boolean judge) {
    return enter(indicator, period, form, by, submit, whenUnseen, judge, Map.of());
  }

  private Entered enter(
      Indicator indicator,
      Period period,
      ValueForm form,
      PersonRef by,
      boolean submit,
      Function<IndicatorValue, RuntimeException> whenUnseen,
      boolean judge,
      Map<String, String> found) {
    if (indicator.isCalculated()) {
      throw new RuleViolationException(
          null, indicator.getCode() + " is calculated from its formula, so it is not entered.");
    }
    if (period.type() != indicator.getFrequency()) {
      throw new RuleViolationException(
          null,
          indicator.getCode()
              + " is collected by "
              + indicator.getFrequency().label().toLowerCase()
              + ": enter a value for a "
              + indicator.getFrequency().label().toLowerCase()
              + ".");
    }
    if (period.start().isAfter(LocalDate.now(clock))) {
      throw new RuleViolationException(
          null, period.label() + " has not started yet, so it has no value to enter.");
    }
    // Every problem is gathered before any is named, so the officer puts them all right at once.
    EntryProblems problems = new EntryProblems(found);
    Measurement measurement = problems.measurement(indicator, form);
    Forecast forecast = forecast(form, problems);
    IndicatorValue value =
        values
            .findByIndicatorAndPeriod(indicator, period)
            .orElseGet(() -> new IndicatorValue(indicator, period));
    if (value.getId() != null) {
      if (form.version() == null && whenUnseen != null) {
        throw whenUnseen.apply(value);
      }
      Versioned.check("value", value.getVersion(), form.version());
    }
    forecast.check(value, problems);
    if (measurement == null) {
      problems.throwIfAny();
    }
    // Judged in memory from the year's figures with this one in its place, before the value is
    // touched: nothing is flushed and read back for it.
    PeriodResult result = judge ? results.resultWith(indicator, period, measurement) : null;
    Period locked = value.getId() == null ? null : lockedIn(period).orElse(null);
    if (value.getId() != null
        && (locked != null
            || value.getState() == ValueState.VERIFIED
            || value.getState() == ValueState.PUBLISHED)
        && value.holds(
            measurement, blankToNull(form.commentary()), blankToNull(form.remedialAction()))) {
      // A forecast is a figure for the year, not the period's: changing it alone leaves a checked
      // or locked value as it is (the audit trail keeps the change).
      problems.throwIfAny();
      forecast.keepOn(value);
      values.saveAndFlush(value);
      return new Entered(value, result, true);
    }
    if (submit) {
      problems.addAll(
          IndicatorValue.unexplained(result.status(), form.commentary(), form.remedialAction()));
    }
    String reasonNeeded = value.getId() == null ? null : value.reasonNeeded(locked);
    if (reasonNeeded != null && blankToNull(form.changeReason()) == null) {
      problems.add("changeReason", reasonNeeded);
    }
    problems.throwIfAny();
    forecast.keepOn(value);
    value.record(
        measurement,
        blankToNull(form.commentary()),
        blankToNull(form.remedialAction()),
        blankToNull(form.changeReason()),
        // The lock keeps the values the closed period reported; a first value entered late has
        // none to keep, and goes for verification like any other.
        locked,
        by,
        clock.instant());
    UniqueKeys.insert(
        () -> values.saveAndFlush(value),
        () ->
            indicator.getCode()
                + " already has a value for "
                + period.label()
                + ": someone else entered it a moment ago, so yours has not been saved. Look at"
                + " the value recorded, then change it if need be.");
    if (submit) {
      value.submit(result.status(), by, clock.instant());
    }
    return new Entered(value, result, false);
  }

  /** What was said with a value: its commentary and remedial action (either may be null). */
  public record Said(long valueId, Period period, String commentary, String remedialAction) {}

  /**
   * What was said about each indicator's figure for a period, keyed by indicator id: with the value
   * entered latest within the period it reports (for a quarter made of months, the latest month
   * with a value), its commentary and remedial action. Indicators without one are left out. Read as
   * plain rows, not entities: a report asks about thousands of indicators.
   */
  @Transactional(readOnly = true)
  public Map<Long, Said> latestWithin(Map<Indicator, Period> reported) {
    return latestWithin(reported, reported.size() > IndicatorResults.READ_EVERY_INDICATOR_ABOVE);
  }

  /**
   * As {@link #latestWithin(Map)}, reading the values of the indicators asked about or, with {@code
   * readEvery}, every indicator's for the periods; the answer is the same.
   */
  Map<Long, Said> latestWithin(Map<Indicator, Period> reported, boolean readEvery) {
    Map<Long, Period> periods = new HashMap<>();
    reported.forEach((indicator, period) -> periods.put(indicator.getId(), period));
    Map<Long, Said> latest = new HashMap<>();
    if (periods.isEmpty()) {
      return latest;
    }
    // Only the periods that make up a reported one can hold its values.
    Set<Period> within = new HashSet<>();
    for (Period period : periods.values()) {
      for (PeriodType type : PeriodType.values()) {
        if (type.months() <= period.type().months()) {
          within.addAll(period.within(type));
        }
      }
    }
    List<Object[]> candidates =
        readEvery
            ? values.findSaidByPeriods(within)
            : values.findSaidByIndicatorIdsAndPeriods(periods.keySet(), within);
    for (Object[] row : candidates) {
      long id = ((Number) row[1]).longValue();
      Said said =
          new Said(
              ((Number) row[0]).longValue(), (Period) row[2], (String) row[3], (String) row[4]);
      if (periods.containsKey(id) && periods.get(id).contains(said.period())) {
        latest.merge(id, said, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
      }
    }
    return latest;
  }

  /** The status the period reports once this value is counted (year to date if cumulative). */
  public Status statusOf(Indicator indicator, Period period) {
    return results
        .calculatorsFor(List.of(indicator), period.financialYear())
        .get(indicator.getId())
        .result(period)
        .status();
  }

  /**
   * The officer's year-end forecast and its basis as sent: null for a field not sent at all (a
   * program or caller that knows nothing of forecasts), which keeps what is recorded; empty to
   * remove it.
   */
  private record Forecast(String figure, BigDecimal amount, String basis) {

    /** A basis sent for no forecast (none sent and none kept) is a problem. */
    void check(IndicatorValue value, EntryProblems problems) {
      BigDecimal kept = figure == null ? value.getForecast() : amount;
      if (kept == null && basis != null && blankToNull(basis) != null) {
        problems.add(
            "forecast",
            "Enter the year-end forecast the basis is for, or leave the basis of the forecast"
                + " empty");
      }
    }

    void keepOn(IndicatorValue value) {
      BigDecimal kept = figure == null ? value.getForecast() : amount;
      String why = basis == null ? value.getForecastBasis() : blankToNull(basis);
      value.forecast(kept, kept == null ? null : why);
    }
  }

  /**
   * The forecast sent with a value. A basis without a forecast is refused (it says what the
   * forecast rests on); a forecast without a basis is taken (the basis is asked for, not required).
   */
  private static Forecast forecast(ValueForm form, EntryProblems problems) {
    BigDecimal amount = problems.number(form.forecast(), "forecast", "the year-end forecast");
    String basis = form.forecastBasis();
    if (basis != null && basis.strip().length() > 1000) {
      problems.add("forecastBasis", "The basis of the forecast must be 1,000 characters or fewer");
    }
    return new Forecast(form.forecast(), amount, basis);
  }

  public IndicatorValue submit(long valueId, PersonRef by) {
    IndicatorValue value = value(valueId);
    Status status =
        results.resultWith(value.getIndicator(), value.getPeriod(), value.measurement()).status();
    value.submit(status, by, clock.instant());
    return value;
  }

  public IndicatorValue verify(long valueId, PersonRef by) {
    return verify(valueId, null, by);
  }

  /**
   * As above, refused as a concurrent edit when the value has changed since the verifier saw it at
   * {@code version} (null: not known, not checked).
   */
  public IndicatorValue verify(long valueId, Long version, PersonRef by) {
    IndicatorValue value = value(valueId);
    Versioned.check("value", value.getVersion(), version);
    value.verify(by, clock.instant());
    events.publishEvent(FiguresChanged.of(value.getIndicator().getId()));
    return value;
  }

  public IndicatorValue returnForCorrection(long valueId, String reason) {
    return returnForCorrection(valueId, null, reason);
  }

  /** As above, refused as a concurrent edit when the value has changed since {@code version}. */
  public IndicatorValue returnForCorrection(long valueId, Long version, String reason) {
    IndicatorValue value = value(valueId);
    Versioned.check("value", value.getVersion(), version);
    value.returnForCorrection(blankToNull(reason));
    return value;
  }

  public IndicatorValue publish(long valueId) {
    IndicatorValue value = value(valueId);
    value.publish(clock.instant());
    events.publishEvent(FiguresChanged.of(value.getIndicator().getId()));
    return value;
  }

  @Transactional(readOnly = true)
  public List<IndicatorValue> awaitingVerification() {
    return values.findByState(ValueState.SUBMITTED);
  }
}
