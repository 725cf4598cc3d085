package org.goldenthread.indicator.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.UniqueKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting targets: for one period, or an annual target profiled across quarters or months (evenly,
 * or by a given profile). Who set each target, and when, is kept; a changed target's earlier
 * amounts stay in the audit trail. A target set changes what the indicator's periods show, so the
 * indicator is evaluated again ({@link FiguresChanged}, once for a whole profile).
 */
@Service
@Transactional
public class Targets {

  private final IndicatorTargetRepository targets;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Targets(IndicatorTargetRepository targets, Clock clock, ApplicationEventPublisher events) {
    this.targets = targets;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<IndicatorTarget> of(Indicator indicator) {
    List<IndicatorTarget> all = new ArrayList<>(targets.findByIndicator(indicator));
    all.sort((a, b) -> a.getPeriod().compareTo(b.getPeriod()));
    return all;
  }

  public IndicatorTarget set(Indicator indicator, Period period, BigDecimal amount, PersonRef by) {
    IndicatorTarget target = put(indicator, period, amount, by);
    events.publishEvent(FiguresChanged.of(indicator.getId()));
    return target;
  }

  private IndicatorTarget put(Indicator indicator, Period period, BigDecimal amount, PersonRef by) {
    if (amount == null) {
      throw new RuleViolationException("amount", "Enter the target");
    }
    if (period.type().months() < indicator.getFrequency().months()) {
      throw new RuleViolationException(
          "period",
          indicator.getCode()
              + " is collected by "
              + indicator.getFrequency().label().toLowerCase()
              + ", so it has no target for a shorter period.");
    }
    IndicatorTarget target =
        targets
            .findByIndicatorAndPeriod(indicator, period)
            .orElseGet(() -> new IndicatorTarget(indicator, period));
    target.set(amount, by, clock.instant());
    return UniqueKeys.insert(
        () -> targets.saveAndFlush(target),
        () ->
            indicator.getCode()
                + " already has a target for "
                + period.label()
                + ": someone else set it a moment ago, so yours has not been saved. Look at the"
                + " target recorded, then change it if need be.");
  }

  public IndicatorTarget approve(long targetId, PersonRef by) {
    IndicatorTarget target =
        targets
            .findById(targetId)
            .orElseThrow(() -> new RuleViolationException(null, "No such target"));
    target.approve(by, clock.instant());
    return target;
  }

  /**
   * Sets an annual target and profiles it across the year's quarters or months. For a total
   * (summed) indicator the amount is shared out, evenly or by {@code weights} (one per period, in
   * order, any scale: 20, 30, 30, 20 or 0.2, 0.3, 0.3, 0.2); for a rate or level every period gets
   * the annual figure. Shares are rounded to the indicator's decimal places, and any rounding
   * difference is put into the last period so that the shares add up exactly.
   */
  public List<IndicatorTarget> profile(
      Indicator indicator,
      int financialYear,
      BigDecimal annual,
      PeriodType into,
      List<BigDecimal> weights,
      PersonRef by) {
    Period year = Period.year(financialYear);
    List<Period> parts = year.within(into);
    if (weights != null && !weights.isEmpty() && weights.size() != parts.size()) {
      throw new RuleViolationException(
          "weights",
          "Give one profile figure for each of the "
              + parts.size()
              + " "
              + into.label().toLowerCase()
              + "s, or leave the profile empty to share the target evenly.");
    }
    List<IndicatorTarget> set = new ArrayList<>();
    set.add(put(indicator, year, annual, by));
    if (into != PeriodType.FINANCIAL_YEAR) {
      List<BigDecimal> shares = shares(indicator, annual, parts.size(), weights);
      for (int i = 0; i < parts.size(); i++) {
        set.add(put(indicator, parts.get(i), shares.get(i), by));
      }
    }
    events.publishEvent(FiguresChanged.of(indicator.getId()));
    return set;
  }

  static List<BigDecimal> shares(
      Indicator indicator, BigDecimal annual, int count, List<BigDecimal> weights) {
    List<BigDecimal> shares = new ArrayList<>();
    if (indicator.getAggregation() != Aggregation.SUM) {
      for (int i = 0; i < count; i++) {
        shares.add(annual);
      }
      return shares;
    }
    BigDecimal total = BigDecimal.ZERO;
    if (weights != null && !weights.isEmpty()) {
      for (BigDecimal w : weights) {
        if (w == null || w.signum() < 0) {
          throw new RuleViolationException("weights", "Profile figures must be 0 or more");
        }
        total = total.add(w);
      }
      if (total.signum() == 0) {
        throw new RuleViolationException("weights", "The profile figures add up to nothing");
      }
    }
    int places = Math.max(indicator.getDecimalPlaces(), 0);
    BigDecimal allocated = BigDecimal.ZERO;
    for (int i = 0; i < count; i++) {
      BigDecimal share;
      if (i == count - 1) {
        share = annual.subtract(allocated);
      } else if (weights == null || weights.isEmpty()) {
        share = annual.divide(BigDecimal.valueOf(count), places, RoundingMode.HALF_UP);
      } else {
        share = annual.multiply(weights.get(i)).divide(total, places, RoundingMode.HALF_UP);
      }
      allocated = allocated.add(share);
      shares.add(share);
    }
    return shares;
  }
}
