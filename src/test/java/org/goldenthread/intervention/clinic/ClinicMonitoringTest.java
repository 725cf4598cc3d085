package org.goldenthread.intervention.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorSignals;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * More frequent monitoring end to end: a clinic moves a quarterly indicator to monthly collection
 * from the month after its latest quarter recorded; the quarters already recorded still show and
 * count (values API, calculator and scorecard, XmR chart, ladder), and the first monthly figures
 * follow on.
 */
@GoldenThreadTest
@Transactional
class ClinicMonitoringTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ClinicFixtures fixtures;
  @Autowired Clinics clinics;
  @Autowired ClinicRecords records;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorResults results;
  @Autowired IndicatorSignals signals;
  @Autowired InterventionRepository interventions;

  @Test
  void moreFrequentMonitoringCollectsMonthlyFromTheNextPeriodAndTheQuartersStillCount()
      throws Exception {
    ClinicFixtures.Setting setting = fixtures.create();
    Indicator indicator = setting.indicator();
    fixtures.atClinicLevel(indicator);
    Clinic clinic =
        clinics.plan(
            new ClinicForm(
                "Monitoring",
                TestClock.TODAY,
                setting.board().getId(),
                setting.council().service().getId(),
                List.of(),
                null));
    ClinicItem item = clinic.getItems().get(0);

    records.record(
        clinic.getId(),
        item.getId(),
        new ItemForm(
            "Three Red quarters: is the trend visible soon enough?",
            List.of(ClinicOutcome.MORE_FREQUENT_MONITORING),
            "Monthly until back on target",
            PeriodType.MONTH,
            item.getVersion()),
        setting.council().asManager());

    Indicator changed = indicators.findById(indicator.getId()).orElseThrow();
    assertThat(changed.getFrequency()).isEqualTo(PeriodType.MONTH);
    FrequencyChange change = records.frequencyChange(item).orElseThrow();
    assertThat(change.getFromFrequency()).isEqualTo(PeriodType.QUARTER);
    assertThat(change.getToFrequency()).isEqualTo(PeriodType.MONTH);
    assertThat(change.getFromPeriod()).isEqualTo(Period.parse("2026/27 M07"));
    assertThat(change.getChangedByPersonId()).isEqualTo(setting.council().manager().getId());
    assertThat(change.label())
        .isEqualTo(indicator.getCode() + " collected monthly from 2026/27 M07");

    // The quarters recorded before still show in the values API, then the months follow.
    mvc.perform(
            get("/api/v1/indicators/" + indicator.getCode() + "/values").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].period").value("2025/26 Q4"))
        .andExpect(jsonPath("$[2].period").value("2026/27 Q2"))
        .andExpect(jsonPath("$[2].actual").value(50))
        .andExpect(jsonPath("$[2].status").value("RED"))
        .andExpect(jsonPath("$[3].period").value("2026/27 M07"));

    // The first month is recorded Green: the quarters still count, on the ladder too.
    fixtures.verified(changed, List.of("2026/27 M07=95"));

    IndicatorCalculator calculator = results.calculator(changed);
    Period q2 = Period.parse("2026/27 Q2");
    assertThat(Scorecard.reportingPeriod(changed, q2)).isEqualTo(q2);
    assertThat(calculator.result(q2).actual()).isEqualByComparingTo("50");
    assertThat(calculator.result(q2).status()).isEqualTo(Status.RED);
    assertThat(calculator.result(Period.parse("2026/27 M07")).status()).isEqualTo(Status.GREEN);
    assertThat(calculator.result(Period.parse("2026/27 M05")).actual())
        .as("a month inside a quarter recorded whole has no figure of its own")
        .isNull();
    assertThat(signals.of(changed).points())
        .extracting(p -> p.period().label())
        .containsExactly("2025/26 Q4", "2026/27 Q1", "2026/27 Q2", "2026/27 M07");
    Intervention intervention = interventions.findByIndicator(changed).get(0);
    assertThat(intervention.isOpen()).as("a Green month closes it").isFalse();
    assertThat(intervention.getClosedPeriod()).isEqualTo(Period.parse("2026/27 M07"));
    assertThat(intervention.getSteps())
        .extracting(s -> s.getPeriod().label())
        .containsExactly("2025/26 Q4", "2026/27 Q1", "2026/27 Q2", "2026/27 M07");
    assertThat(calculator.result(q2).target()).isEqualByComparingTo(new BigDecimal("90"));
  }

  @Test
  void moreFrequentMonitoringIsForAnIndicatorMoreOftenThanNow() {
    ClinicFixtures.Setting setting = fixtures.create();
    fixtures.atClinicLevel(setting.indicator());
    Clinic clinic =
        clinics.plan(
            new ClinicForm(
                "Refusals",
                TestClock.TODAY,
                setting.board().getId(),
                setting.council().service().getId(),
                List.of(),
                null));
    ClinicItem item = clinic.getItems().get(0);

    assertThat(
            records.problems(
                clinic.getId(),
                item.getId(),
                new ItemForm(
                    "Why?",
                    List.of(ClinicOutcome.MORE_FREQUENT_MONITORING),
                    null,
                    PeriodType.HALF_YEAR,
                    item.getVersion())))
        .containsEntry(
            "frequency",
            "Choose a frequency more often than now: "
                + setting.indicator().getCode()
                + " is collected quarterly");
    assertThat(indicators.findById(setting.indicator().getId()).orElseThrow().getFrequency())
        .isEqualTo(PeriodType.QUARTER);
  }
}
