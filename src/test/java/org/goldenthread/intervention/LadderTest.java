package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.intervention.Series.levels;
import static org.goldenthread.intervention.Series.quarters;
import static org.goldenthread.intervention.Series.steps;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.period.BankHolidays;
import org.goldenthread.period.WorkingDays;
import org.junit.jupiter.api.Test;

class LadderTest {

  @Test
  void theStandardLadderIsSpecSectionEight() {
    List<Rule> rules = Ladder.standard().rules();
    assertThat(rules).extracting(Rule::level).containsExactly(1, 2, 3, 4, 5);
    assertThat(rules)
        .extracting(Rule::name)
        .containsExactly(
            "Watch", "Remedial plan", "Director review", "Performance clinic", "Member referral");
    assertThat(rules)
        .extracting(Rule::trigger)
        .containsExactly(
            Trigger.amberOrWorse(1),
            new Trigger(1, 2),
            Trigger.red(2),
            Trigger.red(3),
            Trigger.red(4));
    assertThat(rules)
        .extracting(Rule::actors)
        .containsExactly(
            List.of(Role.ACCOUNTABLE_PERSON),
            List.of(Role.RESPONSIBLE_OFFICER, Role.ACCOUNTABLE_PERSON),
            List.of(Role.DIRECTOR),
            List.of(Role.OFFICER_BOARD),
            List.of(Role.PORTFOLIO_HOLDER, Role.SCRUTINY_COMMITTEE));
    assertThat(rules)
        .extracting(Rule::due)
        .containsExactly(
            Due.none(), Due.workingDays(10), Due.workingDays(10), Due.nextClinic(), Due.none());
  }

  @Test
  void triggersAndDeadlinesReadAsWords() {
    List<Rule> rules = Ladder.standard().rules();
    assertThat(rules)
        .extracting(rule -> rule.trigger().describe())
        .containsExactly(
            "the period is Amber or worse",
            "the period is Red, or Amber or worse for 2 periods running",
            "Red for 2 periods running",
            "Red for 3 periods running",
            "Red for 4 periods running");
    assertThat(rules)
        .extracting(rule -> rule.due().describe())
        .containsExactly(
            "nothing is owed",
            "within 10 working days",
            "within 10 working days",
            "at the next performance clinic",
            "nothing is owed");
    assertThat(Due.workingDays(1).describe()).isEqualTo("within 1 working day");
    assertThat(Ladder.standard().rule(3).orElseThrow().title())
        .isEqualTo("Director review (level 3)");
    assertThat(Ladder.standard().rule(6)).isEmpty();
  }

  @Test
  void aCustomLadderEscalatesOnItsOwnCounts() {
    // Amber alone owes nothing; Red twice asks for a plan; Red three times goes to members.
    Ladder ladder =
        new Ladder(
            List.of(
                new Rule(
                    5,
                    "Member referral",
                    Trigger.red(3),
                    List.of(Role.PORTFOLIO_HOLDER),
                    Due.none()),
                new Rule(
                    2,
                    "Remedial plan",
                    new Trigger(2, 3),
                    List.of(Role.RESPONSIBLE_OFFICER),
                    Due.workingDays(5))));
    assertThat(ladder.rules()).extracting(Rule::level).containsExactly(2, 5);
    Escalation escalation = ladder.evaluate(quarters("A R R R G"));
    assertThat(levels(escalation)).containsExactly(0, 0, 2, 5, 0);
    assertThat(steps(escalation)).containsExactly("-", "-", "OPENED 2", "RAISED 5", "CLOSED 5");
    assertThat(escalation.steps().get(1).reason())
        .isEqualTo(
            "Raised from Remedial plan (level 2) to Member referral (level 5): "
                + "Red for 3 periods running: 2026/27 Q2, Q3 and Q4");
    assertThat(steps(ladder.evaluate(quarters("A A A")))).containsExactly("-", "-", "OPENED 2");
  }

  @Test
  void onALadderWithoutAnAmberRungAmberHoldsButNeverOpens() {
    Ladder ladder =
        new Ladder(
            List.of(new Rule(3, "Review", Trigger.red(1), List.of(Role.DIRECTOR), Due.none())));
    Escalation escalation = ladder.evaluate(quarters("A R A A G A"));
    assertThat(levels(escalation)).containsExactly(0, 3, 0, 0, 0, 0);
    assertThat(steps(escalation))
        .containsExactly("-", "OPENED 3", "HELD 3", "HELD 3", "CLOSED 3", "-");
    assertThat(escalation.steps().get(1).reason())
        .isEqualTo(
            "Held at Review (level 3), lowered only by a return to Green: Amber in 2026/27 Q3");
  }

  @Test
  void aLadderRefusesTwoRulesAtOneLevelAndAnEmptyLadder() {
    Rule watch = Ladder.standard().rule(1).orElseThrow();
    assertThatThrownBy(() -> new Ladder(List.of(watch, watch)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The ladder has level 1 twice");
    assertThatThrownBy(() -> new Ladder(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleIsAtLevelOneToFiveWithANameActorsAndATrigger() {
    Trigger red = Trigger.red(1);
    List<Role> actors = List.of(Role.DIRECTOR);
    assertThatThrownBy(() -> new Rule(0, "Watch", red, actors, Due.none()))
        .hasMessage("A level of the ladder is 1 to 5");
    assertThatThrownBy(() -> new Rule(6, "Watch", red, actors, Due.none()))
        .hasMessage("A level of the ladder is 1 to 5");
    assertThatThrownBy(() -> new Rule(1, " ", red, actors, Due.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rule(1, "Watch", red, List.of(), Due.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rule(1, "Watch", null, actors, Due.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Rule(5, " Member referral ", red, actors, Due.none()).name())
        .isEqualTo("Member referral");
  }

  @Test
  void tenWorkingDaysSkipWeekendsAndBankHolidays() {
    WorkingDays days = new WorkingDays(BankHolidays.englandAndWales());
    // Thursday 17 December 2026: ten working days later skips Christmas, Boxing Day (Monday 28th
    // in lieu) and New Year's Day.
    assertThat(Due.workingDays(10).dueDate(LocalDate.of(2026, 12, 17), days))
        .contains(LocalDate.of(2027, 1, 5));
    assertThat(Due.workingDays(10).dueDate(LocalDate.of(2026, 6, 1), days))
        .contains(LocalDate.of(2026, 6, 15));
    assertThat(Due.nextClinic().dueDate(LocalDate.of(2026, 6, 1), days)).isEmpty();
    assertThat(Due.none().dueDate(LocalDate.of(2026, 6, 1), days)).isEmpty();
  }

  @Test
  void aTriggerCountsAtLeastOnePeriod() {
    assertThatThrownBy(() -> new Trigger(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Trigger(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Due.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Due(Due.Kind.NONE, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTriggerFiresOnRunsAtLeastAsLongAsItsCounts() {
    Trigger trigger = new Trigger(2, 3);
    assertThat(trigger.firesOn(1, 2)).isFalse();
    assertThat(trigger.firesOn(2, 2)).isTrue();
    assertThat(trigger.firesOn(1, 3)).isTrue();
    assertThat(trigger.firesOn(5, 5)).isTrue();
    assertThat(Trigger.red(2).firesOn(1, 99)).isFalse();
    assertThat(Trigger.amberOrWorse(2).firesOn(99, 1)).isFalse();
  }
}
