package org.goldenthread.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.indicator.CollectedPeriods;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.commentary.CalculatedCommentaries;
import org.goldenthread.indicator.commentary.CalculatedCommentary;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.ClientVersion;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.VersionRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators over JSON: definitions, values with their status and trend, and entering values. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Definitions, values, statuses and trends")
@SecurityRequirement(name = "apiToken")
class IndicatorApiController {

  private final IndicatorService indicators;
  private final IndicatorResults results;
  private final IndicatorValueRepository values;
  private final DataEntry entry;
  private final CalculatedCommentaries commentaries;
  private final IndicatorAccess access;
  private final Clock clock;

  IndicatorApiController(
      IndicatorService indicators,
      IndicatorResults results,
      IndicatorValueRepository values,
      DataEntry entry,
      CalculatedCommentaries commentaries,
      IndicatorAccess access,
      Clock clock) {
    this.indicators = indicators;
    this.results = results;
    this.values = values;
    this.entry = entry;
    this.commentaries = commentaries;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "All indicator definitions")
  List<IndicatorView> list(Authentication authentication) {
    return access.visible(authentication, indicators.all(), Indicator::getId).stream()
        .map(IndicatorView::of)
        .toList();
  }

  @GetMapping("/{code}")
  @PreAuthorize("@indicatorAccess.canReadCode(authentication, #code)")
  @Operation(summary = "One indicator's definition")
  IndicatorView get(@PathVariable String code) {
    return IndicatorView.of(indicators.byCode(code));
  }

  @GetMapping("/{code}/values")
  @PreAuthorize("@indicatorAccess.canReadCode(authentication, #code)")
  @Operation(
      summary =
          "Each period's actual, target, status, trend and workflow state, the officer's year-end"
              + " forecast and its basis, and the projected year-end outturn with the risk to the"
              + " annual target (AT_RISK, WATCH, NONE), from"
              + " the first value recorded to now; 'type' reports over longer periods (QUARTER,"
              + " HALF_YEAR, FINANCIAL_YEAR)")
  List<ValueView> values(
      @PathVariable String code, @RequestParam(required = false) PeriodType type) {
    Indicator indicator = indicators.byCode(code);
    PeriodType reporting = type == null ? indicator.getFrequency() : type;
    if (reporting.months() < indicator.getFrequency().months()) {
      throw new RuleViolationException(
          "type",
          indicator.getCode()
              + " is not collected often enough to report by "
              + reporting.label().toLowerCase());
    }
    if (indicator.isCalculated()) {
      return calculatedValues(indicator, reporting);
    }
    List<IndicatorValue> recorded = values.findByIndicator(indicator);
    Map<Period, IndicatorValue> byPeriod = new HashMap<>();
    recorded.forEach(v -> byPeriod.put(v.getPeriod(), v));
    Period last = Period.containing(LocalDate.now(clock), reporting);
    // Longer periods recorded before the indicator was collected more often are listed as they are.
    List<Period> earlier =
        CollectedPeriods.of(recorded.stream().map(IndicatorValue::getPeriod).toList(), reporting)
            .stream()
            .filter(p -> p.type().months() > reporting.months())
            .toList();
    Period first =
        recorded.stream()
            .map(IndicatorValue::getPeriod)
            .filter(p -> p.type().months() <= reporting.months())
            .min(Comparator.naturalOrder())
            .map(p -> p.enclosing(reporting))
            .orElse(
                earlier.isEmpty()
                    ? last
                    : Period.containing(
                        earlier.get(earlier.size() - 1).end().plusDays(1), reporting));
    IndicatorCalculator calculator = results.calculator(indicator);
    List<ValueView> views = new ArrayList<>();
    for (Period p : earlier) {
      IndicatorValue value = byPeriod.get(p);
      views.add(
          ValueView.of(
              calculator.result(p),
              value,
              calculator.outturn(p, value == null ? null : value.getForecast()),
              value == null ? null : value.getForecastBasis()));
    }
    for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
      IndicatorValue value = byPeriod.get(p);
      IndicatorValue forecastWith = value != null ? value : latestWithin(recorded, p);
      views.add(
          ValueView.of(
              calculator.result(p),
              value,
              calculator.outturn(p, forecastWith == null ? null : forecastWith.getForecast()),
              forecastWith == null ? null : forecastWith.getForecastBasis()));
    }
    return views;
  }

  /**
   * For a period longer than the collection frequency, the value entered for the latest of its own
   * periods that has one: the forecast it was given with stands for the period.
   */
  private static IndicatorValue latestWithin(List<IndicatorValue> recorded, Period period) {
    IndicatorValue latest = null;
    for (IndicatorValue v : recorded) {
      if (period.contains(v.getPeriod())
          && (latest == null || v.getPeriod().compareTo(latest.getPeriod()) > 0)) {
        latest = v;
      }
    }
    return latest;
  }

  /**
   * A calculated indicator has no values of its own: it is listed from the first period its
   * formula's inputs hold a value for (the periods the public page lists it for), with no workflow
   * state, and with the commentary its responsible officer wrote for the period (as a report's
   * exceptions show it).
   */
  private List<ValueView> calculatedValues(Indicator indicator, PeriodType reporting) {
    Period last = Period.containing(LocalDate.now(clock), reporting);
    Period first =
        results.calculatedPeriods(indicator, false).stream()
            .findFirst()
            .map(p -> p.enclosing(reporting))
            .orElse(last);
    List<CalculatedCommentary> said = commentaries.of(indicator);
    IndicatorCalculator calculator = results.calculator(indicator);
    List<ValueView> views = new ArrayList<>();
    for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
      PeriodResult r = calculator.result(p);
      Period period = p;
      // Newest first: for a longer period, the latest of its own periods that has commentary.
      CalculatedCommentary c =
          said.stream().filter(x -> period.contains(x.getPeriod())).findFirst().orElse(null);
      views.add(ValueView.calculated(r, c, calculator.outturn(p, null)));
    }
    return views;
  }

  @PostMapping("/{code}/values")
  @Operation(
      summary =
          "Enter a value (submitted for verification unless submit is false), with the officer's"
              + " year-end forecast and its basis if given. Changing only the forecast leaves a"
              + " verified or published value as it is. Changing a value"
              + " already entered for the period needs the version read (428 without one, 409"
              + " when stale); 409 too if someone else enters the period's first value at the"
              + " same moment.")
  ValueView enter(
      @PathVariable String code,
      @Valid @RequestBody ValueRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication) {
    Indicator indicator = indicators.byCode(code);
    if (!access.canEnter(authentication, indicator.getId())) {
      throw new AccessDeniedException("Not responsible for " + indicator.getCode());
    }
    Period period;
    try {
      period = Period.parse(request.period());
    } catch (PeriodFormatException e) {
      throw new RuleViolationException("period", e.getMessage());
    }
    Long version = ClientVersion.of(request.version(), ifMatch);
    ValueForm form =
        new ValueForm(
            request.actual(),
            request.numerator(),
            request.denominator(),
            request.commentary(),
            request.remedialAction(),
            request.changeReason(),
            request.forecast(),
            request.forecastBasis(),
            version);
    DataEntry.Entered entered =
        entry.enterJudged(
            indicator,
            period,
            form,
            user.person(),
            !Boolean.FALSE.equals(request.submit()),
            v -> new VersionRequiredException("value"));
    return ValueView.of(
        entered.result(),
        entered.value(),
        results.calculator(indicator).outturn(period, entered.value().getForecast()),
        entered.value().getForecastBasis());
  }
}
