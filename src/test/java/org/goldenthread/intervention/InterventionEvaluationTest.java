package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestIndicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded interventions follow the ladder as values are verified, a deadline passes with no
 * value, and a verified value is corrected (the test clock stands at 2 December 2026, so the
 * deadlines of every quarter to 2026/27 Q2 have passed).
 */
@GoldenThreadTest
@Transactional
class InterventionEvaluationTest {

  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired InterventionRepository interventions;
  @Autowired InterventionNoteRepository notes;
  @Autowired InterventionEvaluation evaluation;

  private Indicator quarterly() {
    return indicators.create(TestIndicators.quarterlyCount("LAD", "Indicator for the ladder"));
  }

  private IndicatorValue verified(Indicator indicator, String period, String figure) {
    Period p = Period.parse(period);
    targets.set(indicator, p, new BigDecimal("90"), named("admin"));
    IndicatorValue value =
        entry.enter(
            indicator,
            p,
            new ValueForm(figure, null, null, "Commentary", "Remedial action", null, null),
            named("officer"),
            true);
    return entry.verify(value.getId(), named("manager"));
  }

  @Test
  void verifiedValuesClimbTheLadderAndGreenClosesIt() {
    Indicator indicator = quarterly();
    verified(indicator, "2025/26 Q1", "95");
    verified(indicator, "2025/26 Q2", "85");
    verified(indicator, "2025/26 Q3", "50");
    verified(indicator, "2025/26 Q4", "50");
    verified(indicator, "2026/27 Q1", "100");
    verified(indicator, "2026/27 Q2", "40");

    List<Intervention> found = interventions.findByIndicator(indicator);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).getSteps())
        .extracting(
            s -> s.getPeriod().label(), InterventionStep::getChange, InterventionStep::getLevel)
        .containsExactly(
            tuple("2025/26 Q2", Change.OPENED, 1),
            tuple("2025/26 Q3", Change.RAISED, 2),
            tuple("2025/26 Q4", Change.RAISED, 3),
            tuple("2026/27 Q1", Change.CLOSED, 3));
    assertThat(found.get(0).getState()).isEqualTo(InterventionState.CLOSED);
    assertThat(found.get(1).isOpen()).isTrue();
    assertThat(found.get(1).getLevel()).isEqualTo(2);
    assertThat(found.get(0).getSteps().get(1).getDueOn()).isNotNull();
  }

  @Test
  void aDeadlinePassedWithNoValueIsAMissingReturnCountedAsRed() {
    Indicator indicator = quarterly();
    verified(indicator, "2026/27 Q1", "50");

    evaluation.evaluate(indicator);

    Intervention open = interventions.findByIndicator(indicator).get(0);
    assertThat(open.getSteps())
        .extracting(
            s -> s.getPeriod().label(), InterventionStep::getChange, InterventionStep::getLevel)
        .containsExactly(
            tuple("2026/27 Q1", Change.OPENED, 2), tuple("2026/27 Q2", Change.RAISED, 3));
  }

  @Test
  void aCorrectedValueReEvaluatesAndTheRecordSaysWhatChanged() {
    Indicator indicator = quarterly();
    verified(indicator, "2025/26 Q3", "95");
    IndicatorValue red = verified(indicator, "2025/26 Q4", "50");
    verified(indicator, "2026/27 Q1", "50");
    verified(indicator, "2026/27 Q2", "95");
    Intervention before = interventions.findByIndicator(indicator).get(0);
    assertThat(before.getLevel()).isEqualTo(3);

    IndicatorValue corrected =
        entry.enter(
            indicator,
            red.getPeriod(),
            new ValueForm("92", null, null, "Recounted", null, "Recount", red.getVersion()),
            named("officer"),
            true);
    // Until the correction is verified the period keeps the outcome it was evaluated with.
    evaluation.evaluate(indicator);
    assertThat(interventions.findByIndicator(indicator).get(0).getLevel()).isEqualTo(3);
    entry.verify(corrected.getId(), named("manager"));

    Intervention after = interventions.findByIndicator(indicator).get(0);
    assertThat(after.getLevel()).isEqualTo(2);
    assertThat(after.getOpenedPeriod().label()).isEqualTo("2026/27 Q1");
    assertThat(notes.findByInterventionOrderByRecordedAtAscIdAsc(after))
        .extracting(InterventionNote::getText)
        .anySatisfy(text -> assertThat(text).contains("2025/26 Q4"));
  }
}
