package org.goldenthread.indicator;

import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/**
 * A quarterly indicator whose history gives every early-warning mark, for the scorecard and report
 * tests: six quarters of 10 then seven of 30, 2023/24 Q1 to 2026/27 Q1 (a shift above the upper
 * limit: special cause, improving), a target of 50 for 2026/27 Q1 (above the upper limit:
 * consistently failing; Q1 Red) and 200 for the year, so that Q1's 30 projects 120 (Red against
 * 200: target at risk), and the officer's forecast of 150 with Q1's value. Each value is submitted,
 * for its manager to verify.
 */
@Component
public class EarlyWarningSeries {

  public static final Period LATEST = Period.parse("2026/27 Q1");

  private final IndicatorService indicators;
  private final DataEntry entry;
  private final Targets targets;
  private final IndicatorValueRepository values;

  EarlyWarningSeries(
      IndicatorService indicators,
      DataEntry entry,
      Targets targets,
      IndicatorValueRepository values) {
    this.indicators = indicators;
    this.entry = entry;
    this.targets = targets;
    this.values = values;
  }

  public Indicator create(String title) {
    return create(title, false);
  }

  /** As {@link #create(String)}, flagged corporate health or not. */
  public Indicator create(String title, boolean corporateHealth) {
    Indicator indicator =
        indicators.create(
            new IndicatorForm(
                FixtureCouncil.unique("EW"),
                title,
                null,
                null,
                IndicatorType.LOCAL,
                Unit.COUNT,
                Polarity.HIGHER_IS_BETTER,
                PeriodType.QUARTER,
                Aggregation.SUM,
                false,
                "0",
                "10",
                Tolerance.Kind.PERCENT,
                null,
                null,
                null,
                corporateHealth,
                false,
                true,
                null,
                null,
                null,
                null,
                List.of(),
                null));
    Period p = Period.parse("2023/24 Q1");
    for (int figure : new int[] {10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30}) {
      entry.enter(
          indicator,
          p,
          new ValueForm(String.valueOf(figure), null, null, "Said", "Done", null, null),
          named("admin"),
          true);
      p = p.next();
    }
    targets.set(indicator, LATEST, new BigDecimal("50"), named("admin"));
    targets.set(indicator, Period.year(2026), new BigDecimal("200"), named("admin"));
    var value = values.findByIndicatorAndPeriod(indicator, LATEST).orElseThrow();
    value.forecast(new BigDecimal("150"), "Two large schemes slipped to next year");
    values.save(value);
    return indicator;
  }
}
