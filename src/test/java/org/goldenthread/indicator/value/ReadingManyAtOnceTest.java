package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asking about very many indicators at once reads every indicator's figures or values for the year
 * or periods and keeps the ones asked for: the answers must be those of asking about each.
 */
@GoldenThreadTest
class ReadingManyAtOnceTest {

  @Autowired IndicatorResults results;
  @Autowired IndicatorRepository indicators;
  @Autowired Clock clock;
  @Autowired DataEntry dataEntry;

  @Test
  void readingEveryIndicatorsFiguresGivesTheSameResultsAsReadingTheOnesWanted() {
    FinancialYear year = FinancialYear.of(LocalDate.now(clock)).previous();
    List<Indicator> all = indicators.findAll();
    // Half of them, so that the others' figures, read too, must be left out.
    List<Indicator> wanted = all.subList(0, all.size() / 2);
    for (boolean publishedOnly : new boolean[] {false, true}) {
      Map<Long, IndicatorCalculator> asked =
          results.calculators(wanted, year, publishedOnly, false);
      Map<Long, IndicatorCalculator> everyRead =
          results.calculators(wanted, year, publishedOnly, true);
      assertThat(everyRead.keySet()).isEqualTo(asked.keySet());
      int withFigures = 0;
      for (Indicator indicator : wanted) {
        for (PeriodType type :
            List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.FINANCIAL_YEAR)) {
          for (Period p : Period.year(year.startYear()).within(type)) {
            PeriodResult expected = asked.get(indicator.getId()).result(p);
            assertThat(everyRead.get(indicator.getId()).result(p))
                .as(indicator.getCode() + " " + p.label())
                .isEqualTo(expected);
            if (expected.actual() != null) {
              withFigures++;
            }
          }
        }
      }
      assertThat(withFigures).as("results with a figure").isGreaterThan(50);
    }
  }

  @Test
  void readingEveryIndicatorsValuesFindsTheSameLatestValueWithinEachPeriod() {
    Period quarter = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    Map<Indicator, Period> reported = new LinkedHashMap<>();
    List<Indicator> all = indicators.findAll();
    for (int i = 0; i < all.size() / 2; i++) {
      Indicator indicator = all.get(i);
      // Each reports the quarter, or the longer period holding it when collected less often.
      PeriodType frequency = indicator.getFrequency();
      reported.put(indicator, frequency.months() > 3 ? quarter.enclosing(frequency) : quarter);
    }
    Map<Long, DataEntry.Said> asked = dataEntry.latestWithin(reported, false);
    Map<Long, DataEntry.Said> everyRead = dataEntry.latestWithin(reported, true);
    assertThat(asked).hasSizeGreaterThan(10);
    assertThat(everyRead.keySet()).isEqualTo(asked.keySet());
    asked.forEach((id, v) -> assertThat(everyRead.get(id)).isEqualTo(v));
  }
}
