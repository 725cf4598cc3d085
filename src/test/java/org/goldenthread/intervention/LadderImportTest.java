package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.imports.ImportProgress;
import org.goldenthread.indicator.imports.IndicatorImport;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real quarterly series through the values import, as the acceptance check feeds it: Trafford
 * Data Lab's share of major planning applications decided in time, 2022/23 Q3 to 2025/26 Q3, for 16
 * councils and England (test resource trafford/, OGL v3), each as an indicator with a target of 90%
 * and a 5% tolerance. The interventions recorded must be exactly what the pure ladder makes of the
 * same series, its statuses worked out here by SPEC §4 and the quarters since with no value (their
 * deadlines passed by 2 December 2026) counted as missing returns.
 */
@GoldenThreadTest
@Transactional
class LadderImportTest {

  private static final BigDecimal TARGET = new BigDecimal("90");
  private static final BigDecimal BAND = new BigDecimal("4.5");

  @Autowired IndicatorService indicators;
  @Autowired IndicatorImport imports;
  @Autowired InterventionRepository interventions;

  @Test
  void importedHistoryGivesTheInterventionsThePureLadderGives() throws Exception {
    Map<String, Map<Period, BigDecimal>> series = trafford();
    assertThat(series).hasSize(17);
    Map<String, Indicator> byArea = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("code,period,actual,target\n");
    for (var area : series.entrySet()) {
      Indicator indicator = indicator(area.getKey());
      byArea.put(area.getKey(), indicator);
      area.getValue()
          .forEach(
              (period, value) ->
                  csv.append(indicator.getCode())
                      .append(',')
                      .append(period.label())
                      .append(',')
                      .append(value.toPlainString())
                      .append(',')
                      .append(TARGET.toPlainString())
                      .append('\n'));
    }

    IndicatorImport.Outcome outcome =
        imports.values(
            csv.toString().getBytes(StandardCharsets.UTF_8),
            named("Importer"),
            new ImportProgress());
    assertThat(outcome.problems()).isEmpty();

    int opened = 0;
    for (var area : series.entrySet()) {
      List<Episode> expected =
          Ladder.standard().evaluate(outcomes(area.getValue())).interventions();
      List<Intervention> recorded = interventions.findByIndicator(byArea.get(area.getKey()));
      assertThat(recorded).as(area.getKey()).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Episode episode = expected.get(i);
        Intervention intervention = recorded.get(i);
        assertThat(intervention.getLevel()).as(area.getKey()).isEqualTo(episode.level());
        assertThat(intervention.getState()).as(area.getKey()).isEqualTo(episode.state());
        assertThat(intervention.getOpenedPeriod()).isEqualTo(episode.openedPeriod());
        assertThat(intervention.getClosedPeriod()).isEqualTo(episode.closedPeriod());
        assertThat(intervention.ladderSteps()).as(area.getKey()).isEqualTo(episode.steps());
        assertThat(intervention.isWithdrawn()).isFalse();
      }
      opened += expected.size();
    }
    // The series climb: Bedford's Red quarters of 2025/26 and the missing returns since take its
    // latest intervention to member referral.
    assertThat(opened).isGreaterThan(17);
    List<Intervention> bedford = interventions.findByIndicator(byArea.get("Bedford"));
    Intervention latest = bedford.get(bedford.size() - 1);
    assertThat(latest.isOpen()).isTrue();
    assertThat(latest.getLevel()).isEqualTo(5);
    assertThat(latest.getSteps())
        .extracting(s -> s.getPeriod().label() + " " + s.getChange() + " " + s.getLevel())
        .containsExactly(
            "2024/25 Q3 OPENED 2",
            "2024/25 Q4 HELD 2",
            "2025/26 Q1 HELD 2",
            "2025/26 Q2 RAISED 3",
            "2025/26 Q3 RAISED 4",
            "2025/26 Q4 RAISED 5",
            "2026/27 Q1 HELD 5",
            "2026/27 Q2 HELD 5");
  }

  /** SPEC §4's status against 90 with a 5% band, then missing returns to 2026/27 Q2. */
  private static List<PeriodOutcome> outcomes(Map<Period, BigDecimal> values) {
    List<PeriodOutcome> periods = new ArrayList<>();
    Period last = Period.quarter(2026, 2);
    for (Period p = values.keySet().iterator().next(); p.compareTo(last) <= 0; p = p.next()) {
      BigDecimal value = values.get(p);
      Outcome outcome;
      if (value == null) {
        outcome = Outcome.MISSING;
      } else if (value.compareTo(TARGET) >= 0) {
        outcome = Outcome.GREEN;
      } else if (value.compareTo(TARGET.subtract(BAND)) >= 0) {
        outcome = Outcome.AMBER;
      } else {
        outcome = Outcome.RED;
      }
      periods.add(new PeriodOutcome(p, outcome));
    }
    return periods;
  }

  private static Map<String, Map<Period, BigDecimal>> trafford() throws Exception {
    Map<String, Map<Period, BigDecimal>> series = new TreeMap<>();
    try (InputStream in =
        LadderImportTest.class.getResourceAsStream("/trafford/planning_applications_major.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",");
        series
            .computeIfAbsent(cells[1], k -> new TreeMap<>())
            .put(Period.parse(cells[2]), new BigDecimal(cells[cells.length - 1]));
      }
    }
    return series;
  }

  private Indicator indicator(String area) {
    return indicators.create(
        new IndicatorForm(
            FixtureCouncil.unique("PLAN"),
            "Major planning applications decided in time, " + area,
            null,
            null,
            IndicatorType.NATIONAL,
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.AVERAGE,
            false,
            "0",
            "5",
            Tolerance.Kind.PERCENT,
            null,
            null,
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
}
