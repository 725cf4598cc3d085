package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.progress.ProgressForm;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder is evaluated wherever what a period shows can change (the edges through the
 * real services): values verified, a target set, a definition changed, a deadline passing (the
 * daily run), an action's progress update recorded.
 */
@GoldenThreadTest
@Transactional
class EvaluationEverywhereTest {

  @Autowired FixtureCouncil fixtures;
  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired InterventionRepository interventions;
  @Autowired InterventionNoteRepository notes;
  @Autowired InterventionRun run;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** Sets a target of 100 for each period: each target set evaluates the indicator. */
  private void targets(Indicator indicator, String... periods) {
    for (String period : periods) {
      targets.set(indicator, Period.parse(period), new BigDecimal("100"), named("admin"));
    }
  }

  /**
   * Submits a figure, not evaluated yet: a period whose value is only submitted ends a run, even
   * past its deadline, so the periods after it wait for it. (Once a period with a value is
   * evaluated, a later period with none whose deadline has passed is a missing return: so the tests
   * enter every figure before verifying any.)
   */
  private IndicatorValue submitted(Indicator indicator, String period, String figure) {
    Period p = Period.parse(period);
    return entry.enter(
        indicator,
        p,
        new ValueForm(figure, null, null, "Commentary", "Remedial action", null, null),
        named("officer"),
        true);
  }

  private void verify(IndicatorValue value) {
    entry.verify(value.getId(), named("manager"));
  }

  private List<String> steps(Indicator indicator) {
    return interventions.findByIndicator(indicator).stream()
        .filter(i -> !i.isWithdrawn())
        .flatMap(i -> i.getSteps().stream())
        .map(s -> s.getPeriod().label() + " " + s.getChange() + " " + s.getLevel())
        .toList();
  }

  @Test
  void amberThenRedRaisesWatchToARemedialPlanWhoseDueDateIsSet() {
    Indicator indicator = fixtures.create().indicator();
    targets(indicator, "2026/27 Q1", "2026/27 Q2");
    IndicatorValue amber = submitted(indicator, "2026/27 Q1", "95");
    IndicatorValue red = submitted(indicator, "2026/27 Q2", "50");
    verify(amber);
    assertThat(steps(indicator)).containsExactly("2026/27 Q1 OPENED 1");
    verify(red);

    assertThat(steps(indicator)).containsExactly("2026/27 Q1 OPENED 1", "2026/27 Q2 RAISED 2");
    InterventionStep raised = interventions.findByIndicator(indicator).get(0).getSteps().get(1);
    assertThat(raised.getActors())
        .containsExactly(Role.RESPONSIBLE_OFFICER, Role.ACCOUNTABLE_PERSON);
    assertThat(raised.getDueOn()).isNotNull();
  }

  @Test
  void redGreenRedClosesThenOpensANewIntervention() {
    Indicator indicator = fixtures.create().indicator();
    targets(indicator, "2025/26 Q4", "2026/27 Q1", "2026/27 Q2");
    List<IndicatorValue> values =
        List.of(
            submitted(indicator, "2025/26 Q4", "50"),
            submitted(indicator, "2026/27 Q1", "100"),
            submitted(indicator, "2026/27 Q2", "50"));
    values.forEach(this::verify);

    List<Intervention> found = interventions.findByIndicator(indicator);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).getState()).isEqualTo(InterventionState.CLOSED);
    assertThat(found.get(0).getClosedPeriod()).isEqualTo(Period.parse("2026/27 Q1"));
    assertThat(found.get(1).isOpen()).isTrue();
    assertThat(steps(indicator))
        .containsExactly("2025/26 Q4 OPENED 2", "2026/27 Q1 CLOSED 2", "2026/27 Q2 OPENED 2");
  }

  @Test
  void aTargetChangedReEvaluatesAndTheRecordSaysSo() {
    Indicator indicator = fixtures.create().indicator();
    targets(indicator, "2026/27 Q1", "2026/27 Q2");
    List<IndicatorValue> values =
        List.of(submitted(indicator, "2026/27 Q1", "80"), submitted(indicator, "2026/27 Q2", "80"));
    values.forEach(this::verify);
    assertThat(steps(indicator)).containsExactly("2026/27 Q1 OPENED 2", "2026/27 Q2 RAISED 3");

    // Q2's target lowered to 80: Q2 is Green now, and closes what Q1 opened.
    targets.set(indicator, Period.parse("2026/27 Q2"), new BigDecimal("80"), named("admin"));

    assertThat(steps(indicator)).containsExactly("2026/27 Q1 OPENED 2", "2026/27 Q2 CLOSED 2");
    Intervention changed = interventions.findByIndicator(indicator).get(0);
    assertThat(changed.isOpen()).isFalse();
    assertThat(notes.findByInterventionOrderByRecordedAtAscIdAsc(changed))
        .extracting(InterventionNote::getText)
        .singleElement()
        .satisfies(text -> assertThat(text).contains("Was: 2026/27 Q2: raised at level 3"));
  }

  @Test
  void aDefinitionChangedReEvaluates() {
    Indicator indicator = fixtures.create().indicator();
    targets(indicator, "2026/27 Q1", "2026/27 Q2");
    List<IndicatorValue> values =
        List.of(
            submitted(indicator, "2026/27 Q1", "120"), submitted(indicator, "2026/27 Q2", "120"));
    values.forEach(this::verify);
    assertThat(steps(indicator)).isEmpty();

    IndicatorForm form = IndicatorForm.of(indicators.get(indicator.getId()));
    indicators.update(indicator.getId(), withPolarity(form, Polarity.LOWER_IS_BETTER));

    assertThat(steps(indicator)).containsExactly("2026/27 Q1 OPENED 2", "2026/27 Q2 RAISED 3");
  }

  @Test
  void theDailyRunFindsAReturnMissedAtItsDeadline() {
    Indicator indicator = fixtures.create().indicator();
    targets(indicator, "2026/27 Q2");
    verify(submitted(indicator, "2026/27 Q2", "50"));
    assertThat(steps(indicator)).containsExactly("2026/27 Q2 OPENED 2");

    // 2026/27 Q3 ends on 31 December; its deadline passes in mid January with no value.
    clock.advance(Duration.ofDays(50));
    run.run();

    assertThat(steps(indicator)).containsExactly("2026/27 Q2 OPENED 2", "2026/27 Q3 RAISED 3");
    assertThat(interventions.findByIndicator(indicator).get(0).getSteps().get(1).getReason())
        .contains("a missing return counts as Red");
  }

  @Test
  void anActionClimbsTheLadderOnTheBragOfItsProgressUpdates() {
    FixtureCouncil.Council council = fixtures.create();
    Action action =
        actions.create(
            new ActionForm(
                FixtureCouncil.unique("ACT"),
                "An action on the ladder",
                null,
                ActionKind.ACTION,
                null,
                null,
                council.officer().getId(),
                council.manager().getId(),
                null,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2027, 3, 31),
                null));
    progress.recordHistoric(
        action,
        Period.parse("2026/27 Q1"),
        assessment(Brag.AMBER),
        council.asOfficer(),
        clock.instant());
    progress.recordHistoric(
        action,
        Period.parse("2026/27 Q2"),
        assessment(Brag.RED),
        council.asOfficer(),
        clock.instant());
    progress.update(
        action.getId(),
        new ProgressForm(40, Brag.RED, null, "Behind", "Catching up", null),
        council.asOfficer());

    List<Intervention> found = interventions.findByAction(action);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getSteps())
        .extracting(s -> s.getPeriod().label() + " " + s.getChange() + " " + s.getLevel())
        .containsExactly("2026/27 Q1 OPENED 1", "2026/27 Q2 RAISED 2", "2026/27 Q3 RAISED 3");
  }

  private static BragRules.Assessment assessment(Brag brag) {
    return new BragRules.Assessment(brag, 40, null, "Behind", "Catching up");
  }

  private static IndicatorForm withPolarity(IndicatorForm f, Polarity polarity) {
    return new IndicatorForm(
        f.code(),
        f.title(),
        f.description(),
        f.rationale(),
        f.type(),
        f.unit(),
        polarity,
        f.frequency(),
        f.aggregation(),
        f.cumulative(),
        f.decimalPlaces(),
        f.toleranceAmount(),
        f.toleranceKind(),
        f.dataSource(),
        f.formula(),
        f.perspective(),
        f.corporateHealth(),
        f.published(),
        f.active(),
        f.responsibleId(),
        f.accountableId(),
        f.portfolioId(),
        f.orgUnitId(),
        f.itemIds(),
        f.version());
  }
}
