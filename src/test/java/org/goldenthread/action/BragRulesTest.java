package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.BragRules.Assessment;
import org.goldenthread.action.BragRules.Suggestion;
import org.goldenthread.action.Schedule.MilestoneDates;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.RuleViolationsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BragRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);
  private static final LocalDate YESTERDAY = TODAY.minusDays(1);
  private static final LocalDate TOMORROW = TODAY.plusDays(1);
  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  private static Schedule schedule(
      LocalDate start, LocalDate due, int percent, LocalDate completedOn, MilestoneDates... steps) {
    return new Schedule(start, due, percent, completedOn, List.of(steps));
  }

  private static Schedule open(LocalDate start, LocalDate due, int percent) {
    return schedule(start, due, percent, null);
  }

  private static MilestoneDates step(LocalDate due) {
    return new MilestoneDates(due, null);
  }

  private static MilestoneDates done(LocalDate due, LocalDate on) {
    return new MilestoneDates(due, on);
  }

  private static Suggestion suggest(Schedule schedule) {
    return BragRules.suggest(schedule, TODAY);
  }

  // The suggestion

  @Test
  void blueWhenCompletedOnADateEvenIfLateAndPartlyReported() {
    Suggestion s = suggest(schedule(START, START.plusDays(30), 40, LocalDate.of(2025, 11, 3)));

    assertThat(s.status()).isEqualTo(Brag.BLUE);
    assertThat(s.reason()).isEqualTo("Completed on 3 November 2025");
  }

  @Test
  void blueWhenReportedOneHundredPercentWithoutACompletionDate() {
    Suggestion s = suggest(open(START, YESTERDAY, 100));

    assertThat(s.status()).isEqualTo(Brag.BLUE);
    assertThat(s.reason()).isEqualTo("Reported 100% complete");
  }

  @Test
  void blueWhenCompleteEvenWithMilestonesLeftUndone() {
    Suggestion s = suggest(schedule(START, TOMORROW, 100, null, step(START.plusDays(10))));

    assertThat(s.status()).isEqualTo(Brag.BLUE);
  }

  @Test
  void notOverdueOnItsDueDate() {
    assertThat(suggest(open(START, TODAY, 90)).status()).isEqualTo(Brag.GREEN);
    // On the day it is due all the time is used, so nothing done is behind schedule, not late.
    assertThat(suggest(open(START, TODAY, 0)).status()).isEqualTo(Brag.AMBER);
    assertThat(suggest(open(null, TODAY, 0)).status()).isEqualTo(Brag.GREEN);
  }

  @Test
  void redTheDayAfterItsDueDateWhenNotComplete() {
    Suggestion s = suggest(open(START, YESTERDAY, 99));

    assertThat(s.status()).isEqualTo(Brag.RED);
    assertThat(s.reason()).isEqualTo("Due on 13 November 2025 and not complete");
  }

  @Test
  void redWhenPastDueEvenWithoutAStartDateOrWithLateMilestones() {
    assertThat(suggest(open(null, YESTERDAY, 0)).status()).isEqualTo(Brag.RED);
    assertThat(suggest(schedule(START, YESTERDAY, 50, null, step(START.plusDays(5)))).status())
        .isEqualTo(Brag.RED);
  }

  @Test
  void amberWhenAMilestoneIsPastItsDateAndNotDone() {
    Suggestion s = suggest(schedule(START, TODAY.plusMonths(4), 90, null, step(YESTERDAY)));

    assertThat(s.status()).isEqualTo(Brag.AMBER);
    assertThat(s.reason()).isEqualTo("A milestone is past its date and not done");
  }

  @Test
  void amberNamesHowManyMilestonesAreLate() {
    Suggestion s =
        suggest(
            schedule(
                START,
                TODAY.plusMonths(4),
                90,
                null,
                step(START.plusDays(20)),
                step(YESTERDAY),
                done(START.plusDays(10), START.plusDays(12)),
                step(TODAY)));

    assertThat(s.status()).isEqualTo(Brag.AMBER);
    assertThat(s.reason()).isEqualTo("2 milestones are past their dates and not done");
  }

  @Test
  void greenWhenMilestonesAreDoneOrNotYetDue() {
    Suggestion s =
        suggest(
            schedule(
                null,
                TODAY.plusMonths(4),
                10,
                null,
                done(START, LocalDate.of(2025, 5, 1)),
                step(TODAY),
                step(TOMORROW)));

    assertThat(s.status()).isEqualTo(Brag.GREEN);
    assertThat(s.reason()).isEqualTo("On course for its due date");
  }

  @ParameterizedTest(name = "{0}% done with half the time used is {1}")
  @CsvSource({
    "0, AMBER",
    "29, AMBER", // 21 points behind
    "30, GREEN", // exactly BEHIND_BY points behind is still on course
    "31, GREEN",
    "50, GREEN",
    "99, GREEN",
  })
  void amberOnlyWhenMoreThanTwentyPointsBehindTheTimeUsed(int percent, Brag expected) {
    Schedule halfway = open(TODAY.minusDays(50), TODAY.plusDays(50), percent);

    assertThat(BragRules.BEHIND_BY).isEqualTo(20);
    assertThat(suggest(halfway).status()).isEqualTo(expected);
  }

  @Test
  void amberWhenBehindByAFractionOfAPointMoreThanTwenty() {
    // A third of the time used is 33.3%: 13% done is 20.3 points behind, 14% is 19.3.
    Schedule aThirdUsed = open(TODAY.minusDays(1), TODAY.plusDays(2), 13);

    Suggestion s = suggest(aThirdUsed);
    assertThat(s.status()).isEqualTo(Brag.AMBER);
    assertThat(s.reason()).isEqualTo("13% complete with 33% of the time to its due date used");
    assertThat(suggest(open(TODAY.minusDays(1), TODAY.plusDays(2), 14)).status())
        .isEqualTo(Brag.GREEN);
  }

  @Test
  void behindScheduleAgreesWithTheExactShareOfTimeForEveryDayAndPercentage() {
    for (int length = 1; length <= 60; length++) {
      LocalDate start = TODAY.minusDays(length);
      for (int used = 0; used <= length; used++) {
        LocalDate asOf = start.plusDays(used);
        for (int percent = 0; percent < 100; percent++) {
          // More than 20 points behind used/length, in whole numbers: no rounding anywhere.
          boolean behind = (percent + 20) * length < used * 100;
          Brag expected = behind ? Brag.AMBER : Brag.GREEN;
          assertThat(BragRules.suggest(open(start, TODAY, percent), asOf).status())
              .as("%d%% done, %d of %d days used", percent, used, length)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void behindScheduleSaysHowFarOnAndHowMuchTimeIsUsed() {
    Suggestion s = suggest(open(TODAY.minusDays(75), TODAY.plusDays(25), 10));

    assertThat(s.status()).isEqualTo(Brag.AMBER);
    assertThat(s.reason()).isEqualTo("10% complete with 75% of the time to its due date used");
  }

  @Test
  void greenWhenNotStartedYet() {
    assertThat(suggest(open(TOMORROW, TODAY.plusMonths(3), 0)).status()).isEqualTo(Brag.GREEN);
    assertThat(suggest(open(TODAY, TODAY.plusMonths(3), 0)).status()).isEqualTo(Brag.GREEN);
  }

  @Test
  void withoutAStartDateOnlyLatenessIsJudged() {
    assertThat(suggest(open(null, TOMORROW, 0)).status()).isEqualTo(Brag.GREEN);
    assertThat(suggest(schedule(null, TOMORROW, 0, null, step(YESTERDAY))).status())
        .isEqualTo(Brag.AMBER);
    assertThat(suggest(open(null, YESTERDAY, 0)).status()).isEqualTo(Brag.RED);
  }

  @Test
  void withoutADueDateOnlyMilestonesAreJudged() {
    assertThat(suggest(open(START, null, 0)).status()).isEqualTo(Brag.GREEN);
    assertThat(suggest(open(null, null, 0)).status()).isEqualTo(Brag.GREEN);
    assertThat(suggest(open(null, null, 0)).reason())
        .isEqualTo("No due date is set and nothing else suggests a problem");
    assertThat(suggest(schedule(START, null, 0, null, step(YESTERDAY))).status())
        .isEqualTo(Brag.AMBER);
    assertThatCode(() -> check(assess(Brag.GREEN, 0, null), open(START, null, 0)))
        .doesNotThrowAnyException();
  }

  @Test
  void anActionStartingAndDueOnTheSameDay() {
    assertThat(suggest(open(TODAY, TODAY, 0)).status()).isEqualTo(Brag.GREEN);
    assertThat(suggest(open(YESTERDAY, YESTERDAY, 0)).status()).isEqualTo(Brag.RED);
    assertThat(suggest(schedule(YESTERDAY, YESTERDAY, 0, YESTERDAY)).status()).isEqualTo(Brag.BLUE);
  }

  @Test
  void aDayBeforeTheStartIsNotBehind() {
    Schedule notYet = open(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 0);

    assertThat(BragRules.suggest(notYet, LocalDate.of(2026, 3, 31)).status()).isEqualTo(Brag.GREEN);
  }

  @Test
  void leapDayCountsAsADay() {
    Schedule overLeapDay = open(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), 0);

    assertThat(BragRules.expectedPercent(overLeapDay, LocalDate.of(2024, 2, 29))).isEqualTo(50);
    assertThat(BragRules.suggest(overLeapDay, LocalDate.of(2024, 2, 29)).status())
        .isEqualTo(Brag.AMBER);
  }

  @Test
  void dueOnLeapDayIsRedOnTheFirstOfMarch() {
    Schedule dueLeapDay = open(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29), 95);

    assertThat(BragRules.suggest(dueLeapDay, LocalDate.of(2024, 2, 29)).status())
        .isEqualTo(Brag.GREEN);
    Suggestion late = BragRules.suggest(dueLeapDay, LocalDate.of(2024, 3, 1));
    assertThat(late.status()).isEqualTo(Brag.RED);
    assertThat(late.reason()).isEqualTo("Due on 29 February 2024 and not complete");
  }

  // The share of the time used

  @Test
  void noExpectedProgressWithoutBothDatesOrBeforeTheStart() {
    assertThat(BragRules.expectedPercent(open(null, TOMORROW, 0), TODAY)).isNull();
    assertThat(BragRules.expectedPercent(open(START, null, 0), TODAY)).isNull();
    assertThat(BragRules.expectedPercent(open(TODAY, TOMORROW, 0), TODAY)).isNull();
    assertThat(BragRules.expectedPercent(open(TOMORROW, TOMORROW.plusDays(9), 0), TODAY)).isNull();
  }

  @Test
  void expectedProgressIsTheNearestWholePercentOfDaysUsed() {
    Schedule threeDays = open(TODAY, TODAY.plusDays(3), 0);
    Schedule eightDays = open(TODAY, TODAY.plusDays(8), 0);

    assertThat(BragRules.expectedPercent(threeDays, TODAY.plusDays(1))).isEqualTo(33);
    assertThat(BragRules.expectedPercent(threeDays, TODAY.plusDays(2))).isEqualTo(67);
    assertThat(BragRules.expectedPercent(eightDays, TODAY.plusDays(1))).isEqualTo(13); // 12.5
    assertThat(BragRules.expectedPercent(threeDays, TODAY.plusDays(3))).isEqualTo(100);
  }

  @Test
  void expectedProgressStopsAtOneHundredAfterTheDueDate() {
    assertThat(BragRules.expectedPercent(open(START, YESTERDAY, 0), TODAY)).isEqualTo(100);
    assertThat(BragRules.expectedPercent(open(YESTERDAY, YESTERDAY, 0), TODAY)).isEqualTo(100);
  }

  // The checks on an officer's own assessment

  private static Assessment assess(Brag status, int percent, LocalDate completedOn) {
    return new Assessment(status, percent, completedOn, null, null);
  }

  private static Assessment explained(Brag status, String commentary, String remedy) {
    return new Assessment(status, 40, null, commentary, remedy);
  }

  private static void check(Assessment a, Schedule s) {
    BragRules.check(a, s, TODAY, true);
  }

  private static RuleViolationException refusal(Assessment a, Schedule s, boolean remedyAsked) {
    try {
      BragRules.check(a, s, TODAY, remedyAsked);
    } catch (RuleViolationException e) {
      return e;
    }
    throw new AssertionError("expected " + a + " to be refused");
  }

  private static RuleViolationException refusal(Assessment a, Schedule s) {
    return refusal(a, s, true);
  }

  private static final Schedule RUNNING = open(START, TODAY.plusMonths(4), 40);

  @ParameterizedTest(name = "{0}% is refused")
  @ValueSource(ints = {-1, -100, 101, 1000})
  void percentOutsideNoughtToAHundredIsRefused(int percent) {
    RuleViolationException e = refusal(assess(Brag.GREEN, percent, null), RUNNING);

    assertThat(e.field()).isEqualTo("percentComplete");
    assertThat(e).hasMessage("Percentage complete must be a whole number from 0 to 100");
  }

  @Test
  void noughtAndAHundredPercentAreAccepted() {
    assertThatCode(() -> check(assess(Brag.GREEN, 0, null), RUNNING)).doesNotThrowAnyException();
    assertThatCode(() -> check(assess(Brag.GREEN, 100, null), RUNNING)).doesNotThrowAnyException();
    assertThatCode(() -> check(assess(Brag.BLUE, 100, TODAY), RUNNING)).doesNotThrowAnyException();
  }

  @Test
  void completionDateInTheFutureIsRefused() {
    RuleViolationException e = refusal(assess(Brag.BLUE, 100, TOMORROW), RUNNING);

    assertThat(e.field()).isEqualTo("completedOn");
    assertThat(e).hasMessage("The completion date cannot be in the future");
  }

  @Test
  void completionDateBeforeTheStartIsRefusedNamingTheStart() {
    RuleViolationException e = refusal(assess(Brag.BLUE, 100, START.minusDays(1)), RUNNING);

    assertThat(e.field()).isEqualTo("completedOn");
    assertThat(e)
        .hasMessage("The completion date cannot be before the action started on 1 April 2025");
  }

  @Test
  void completionOnTheStartDayOrWithoutAStartIsAccepted() {
    assertThatCode(() -> check(assess(Brag.BLUE, 100, START), RUNNING)).doesNotThrowAnyException();
    assertThatCode(
            () -> check(assess(Brag.BLUE, 100, LocalDate.of(2001, 1, 1)), open(null, TODAY, 0)))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingStatusIsRefused() {
    RuleViolationException e = refusal(assess(null, 40, null), RUNNING);

    assertThat(e.field()).isEqualTo("status");
    assertThat(e).hasMessage("Choose a status: Blue, Green, Amber or Red");
  }

  @Test
  void blueWithoutACompletionDateIsRefusedOnTheDate() {
    RuleViolationException e = refusal(assess(Brag.BLUE, 100, null), RUNNING);

    assertThat(e.field()).isEqualTo("completedOn");
    assertThat(e.getMessage()).contains("enter the date the action was completed");
  }

  @ParameterizedTest(name = "{0} with a completion date is refused")
  @EnumSource(
      value = Brag.class,
      names = {"GREEN", "AMBER", "RED"})
  void aCompletionDateNeedsBlue(Brag status) {
    Assessment a = new Assessment(status, 100, YESTERDAY, "Finished", "Nothing more");

    RuleViolationException e = refusal(a, RUNNING);

    assertThat(e.field()).isEqualTo("status");
    assertThat(e)
        .hasMessage(
            "An action with a completion date is complete: choose Blue, or remove the date");
  }

  @Test
  void greenRefusedWhenDueYesterdayAndNotComplete() {
    RuleViolationException e = refusal(assess(Brag.GREEN, 90, null), open(START, YESTERDAY, 90));

    assertThat(e.field()).isEqualTo("status");
    assertThat(e.getMessage())
        .startsWith("This action was due on 13 November 2025 and is not complete")
        .contains("cannot be Green");
  }

  @Test
  void greenRefusedWhenPastDueAtAHundredPercentWithoutACompletionDate() {
    // A hundred per cent with no date is not yet recorded as complete: the officer is told to
    // choose Blue, which asks for the date.
    RuleViolationException e = refusal(assess(Brag.GREEN, 100, null), open(START, YESTERDAY, 90));

    assertThat(e.field()).isEqualTo("status");
    assertThat(e.getMessage()).contains("or Blue if it is complete");
  }

  @Test
  void greenAllowedOnTheDueDate() {
    assertThatCode(() -> check(assess(Brag.GREEN, 10, null), open(START, TODAY, 10)))
        .doesNotThrowAnyException();
    assertThatCode(() -> check(assess(Brag.GREEN, 10, null), open(null, TOMORROW, 10)))
        .doesNotThrowAnyException();
  }

  @Test
  void overdueButCompleteIsToldToChooseBlueNotThatItCannotBeGreen() {
    RuleViolationException e =
        refusal(assess(Brag.GREEN, 100, YESTERDAY), open(START, START.plusDays(30), 90));

    assertThat(e.field()).isEqualTo("status");
    assertThat(e.getMessage()).contains("choose Blue").doesNotContain("cannot be Green");
    assertThatCode(
            () -> check(assess(Brag.BLUE, 100, YESTERDAY), open(START, START.plusDays(30), 90)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} without commentary is refused")
  @EnumSource(
      value = Brag.class,
      names = {"AMBER", "RED"})
  void amberAndRedNeedCommentary(Brag status) {
    RuleViolationException e = refusal(explained(status, null, "Extra staff"), RUNNING);

    assertThat(e.field()).isEqualTo("commentary");
    assertThat(e).hasMessage(status.label() + " needs commentary saying what has gone wrong");
  }

  @Test
  void redWithNeitherCommentaryNorWhatWillBeDoneIsRefusedForBoth() {
    RuleViolationException e = refusal(explained(Brag.RED, null, null), RUNNING);

    assertThat(e).isInstanceOf(RuleViolationsException.class);
    assertThat(((RuleViolationsException) e).problems())
        .containsExactly(
            entry("commentary", "Red needs commentary saying what has gone wrong"),
            entry("remedialAction", "Red needs what will be done about it"));
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    RuleViolationException e =
        refusal(new Assessment(Brag.GREEN, 140, TOMORROW, null, null), RUNNING);

    assertThat(((RuleViolationsException) e).problems())
        .containsOnlyKeys("percentComplete", "completedOn", "status");
  }

  @ParameterizedTest(name = "commentary of \"{0}\" is missing")
  @ValueSource(strings = {"", " ", "   ", "\t", "\n \n"})
  void blankCommentaryCountsAsMissing(String blank) {
    RuleViolationException e = refusal(explained(Brag.AMBER, blank, "Extra staff"), RUNNING);

    assertThat(e.field()).isEqualTo("commentary");
  }

  @ParameterizedTest(name = "{0} without remedial action is refused when it is asked for")
  @EnumSource(
      value = Brag.class,
      names = {"AMBER", "RED"})
  void amberAndRedNeedWhatWillBeDoneWhenAsked(Brag status) {
    RuleViolationException e = refusal(explained(status, "Contractor went bust", null), RUNNING);

    assertThat(e.field()).isEqualTo("remedialAction");
    assertThat(e).hasMessage(status.label() + " needs what will be done about it");
    assertThat(refusal(explained(status, "Contractor went bust", "  "), RUNNING).field())
        .isEqualTo("remedialAction");
  }

  @ParameterizedTest(name = "{0} with commentary alone is accepted when no remedy is asked")
  @EnumSource(
      value = Brag.class,
      names = {"AMBER", "RED"})
  void commentaryAloneExplainsWhenNoRemedyIsAsked(Brag status) {
    assertThatCode(
            () ->
                BragRules.check(
                    explained(status, "Contractor went bust", null), RUNNING, TODAY, false))
        .doesNotThrowAnyException();
    assertThat(refusal(explained(status, " ", null), RUNNING, false).field())
        .isEqualTo("commentary");
  }

  @Test
  void redAcceptedWhenPastDueAndExplained() {
    assertThatCode(
            () ->
                check(
                    explained(Brag.RED, "Contractor went bust", "Re-tendering in January"),
                    open(START, YESTERDAY, 40)))
        .doesNotThrowAnyException();
  }

  @Test
  void greenAndBlueNeedNoCommentary() {
    assertThatCode(() -> check(assess(Brag.GREEN, 40, null), RUNNING)).doesNotThrowAnyException();
    assertThatCode(() -> check(assess(Brag.BLUE, 40, TODAY), RUNNING)).doesNotThrowAnyException();
  }

  @Test
  void theFirstFaultFoundIsTheOneReported() {
    // Out-of-range percentage before a missing status, a future date before a missing status.
    assertThat(refusal(assess(null, 120, null), RUNNING).field()).isEqualTo("percentComplete");
    assertThat(refusal(assess(null, 40, TOMORROW), RUNNING).field()).isEqualTo("completedOn");
  }
}
