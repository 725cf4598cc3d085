package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering a value judges it in memory, from the year's figures with the new one in its place: the
 * indicator's history is not read back as records, and the status is the one the whole history
 * gives. A calculated indicator reading the value reports it at once.
 */
@GoldenThreadTest
@Transactional
class EnteringAValueTest {

  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired IndicatorResults results;
  @Autowired EntityManagerFactory entities;
  @Autowired EntityManager entityManager;

  private Statistics statistics() {
    return entities.unwrap(SessionFactory.class).getStatistics();
  }

  @AfterEach
  void stopCounting() {
    statistics().setStatisticsEnabled(false);
  }

  private Indicator define(String prefix, boolean cumulative, String formula) {
    return indicators.create(
        new IndicatorForm(
            prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
            "Indicator entered in memory",
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.MONTH,
            Aggregation.SUM,
            cumulative,
            "0",
            "10",
            Tolerance.Kind.PERCENT,
            null,
            formula,
            null,
            false,
            false,
            true,
            null,
            null,
            null,
            null,
            List.of(),
            null));
  }

  private IndicatorValue enter(Indicator indicator, Period period, String actual, boolean submit) {
    return entry.enter(
        indicator,
        period,
        new ValueForm(actual, null, null, "Explained", "Remedied", null, null),
        named("admin"),
        submit);
  }

  @Test
  void aSubmittedValueIsJudgedWithoutReadingTheHistoryBack() {
    Indicator count = define("MEM", true, null);
    Indicator doubled = define("MEMX2", false, "[" + count.getCode() + "] * 2");
    for (int year = 2023; year <= 2025; year++) {
      for (Period m : Period.year(year).within(PeriodType.MONTH)) {
        enter(count, m, "10", false);
      }
    }
    Period april = Period.parse("2026/27 M01");
    Period may = april.next();
    enter(count, april, "10", false);
    targets.set(count, Period.year(2026), new BigDecimal("120"), named("admin"));

    // As a new request finds it: nothing of the indicator's history held in memory.
    entityManager.flush();
    entityManager.clear();
    count = indicators.get(count.getId());
    statistics().clear();
    statistics().setStatisticsEnabled(true);
    IndicatorValue may26 = enter(count, may, "4", true);
    statistics().setStatisticsEnabled(false);
    long statements = statistics().getPrepareStatementCount();
    long valuesLoaded =
        statistics().getEntityStatistics(IndicatorValue.class.getName()).getLoadCount();
    System.out.println(
        "Entering and submitting a value: "
            + statements
            + " statements, "
            + valuesLoaded
            + " stored values loaded");

    // 14 so far against a year-to-date target of 20: red, as the whole history also says; the
    // calculated indicator doubles the year to date at once.
    assertThat(may26.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(results.calculator(count).result(may).status()).isEqualTo(Status.RED);
    assertThat(entry.statusOf(count, may)).isEqualTo(Status.RED);
    assertThat(valuesLoaded).isZero();
    // Four, and a fifth when the new value's id is the first of the next fifty its sequence gives.
    assertThat(statements).isLessThanOrEqualTo(5);
    assertThat(results.calculator(doubled).actual(may).orElseThrow()).isEqualByComparingTo("28");
  }
}
