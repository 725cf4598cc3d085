package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.ActionStatusAt.Standing;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Where actions stood at the end of earlier quarters, as a report for those quarters shows. */
@GoldenThreadTest
@Transactional
class ActionStatusAtTest {

  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired ActionStatusAt statusAt;
  @Autowired PersonService people;
  @Autowired Clock clock;

  private Action action(LocalDate start, LocalDate due) {
    long lead = people.search(null, PersonType.OFFICER).stream().findFirst().orElseThrow().getId();
    return actions.create(ActionFixtures.action(ActionFixtures.uniqueCode("AT"), lead, start, due));
  }

  private void report(Action action, Period quarter, Brag status, int percent, LocalDate done) {
    progress.recordHistoric(
        action,
        quarter,
        new BragRules.Assessment(status, percent, done, "Said in " + quarter.label(), "Fix it"),
        named("A. Officer"),
        clock.instant());
  }

  private final Period now = Period.containing(TestClock.TODAY, PeriodType.QUARTER);
  private final Period q1 = now.previous().previous().previous();
  private final Period q2 = q1.next();
  private final Period q3 = q2.next();

  @Test
  void theLatestUpdateUpToTheQuarterCountsAndLaterOnesDoNot() {
    Action action = action(q1.start().minusMonths(6), now.end().plusYears(2));
    report(action, q1, Brag.GREEN, 10, null);
    report(action, q3, Brag.AMBER, 20, null);

    assertThat(statusAt.at(List.of(action), q1.previous()).get(action.getId()).status())
        .as("before the first update")
        .isNull();
    Standing atQ1 = statusAt.at(List.of(action), q1).get(action.getId());
    assertThat(atQ1.status()).isEqualTo(Brag.GREEN);
    assertThat(atQ1.reported()).isEqualTo(q1);
    assertThat(atQ1.commentary()).isEqualTo("Said in " + q1.label());
    Standing atQ2 = statusAt.at(List.of(action), q2).get(action.getId());
    assertThat(atQ2.status()).as("no update in Q2: Q1's still stands").isEqualTo(Brag.GREEN);
    assertThat(atQ2.reported()).isEqualTo(q1);
    Standing atQ3 = statusAt.at(List.of(action), q3).get(action.getId());
    assertThat(atQ3.status()).isEqualTo(Brag.AMBER);
    assertThat(atQ3.percentComplete()).isEqualTo(20);
    assertThat(atQ3.remedialAction()).isEqualTo("Fix it");
    assertThat(statusAt.at(List.of(action), now).get(action.getId()).status())
        .isEqualTo(Brag.AMBER);
  }

  @Test
  void aMonthCountsOnlyUpdatesForQuartersOverByItsLastDay() {
    Action action = action(q1.start().minusMonths(6), now.end().plusYears(2));
    report(action, q1, Brag.RED, 10, null);

    Period lastMonthOfQ1 = q1.within(PeriodType.MONTH).get(2);
    Period firstMonthOfQ2 = q2.within(PeriodType.MONTH).get(0);
    Period firstMonthOfQ1 = q1.within(PeriodType.MONTH).get(0);
    assertThat(statusAt.at(List.of(action), lastMonthOfQ1).get(action.getId()).status())
        .isEqualTo(Brag.RED);
    assertThat(statusAt.at(List.of(action), firstMonthOfQ2).get(action.getId()).status())
        .isEqualTo(Brag.RED);
    Standing early = statusAt.at(List.of(action), firstMonthOfQ1).get(action.getId());
    assertThat(early.status()).as("Q1 was not over at the end of its first month").isNull();
    assertThat(early.asOf()).isEqualTo(firstMonthOfQ1.end());
    assertThat(statusAt.at(List.of(action), Period.year(q1.year())).get(action.getId()).asOf())
        .isEqualTo(Period.year(q1.year()).end());
  }

  @Test
  void overdueAndTheSuggestionAreAsAtTheQuarterEnd() {
    LocalDate due = q2.start().plusDays(10);
    Action action = action(q1.start().minusMonths(6), due);
    report(action, q1, Brag.GREEN, 50, null);
    report(action, q3, Brag.BLUE, 100, q3.start().plusDays(3));

    Standing atQ1 = statusAt.at(List.of(action), q1).get(action.getId());
    assertThat(atQ1.overdue()).isFalse();
    Standing atQ2 = statusAt.at(List.of(action), q2).get(action.getId());
    assertThat(atQ2.overdue()).as("due in Q2, complete only in Q3").isTrue();
    assertThat(atQ2.suggestion().status()).isEqualTo(Brag.RED);
    assertThat(atQ2.status()).as("the officer's own word still stands").isEqualTo(Brag.GREEN);
    Standing atQ3 = statusAt.at(List.of(action), q3).get(action.getId());
    assertThat(atQ3.overdue()).isFalse();
    assertThat(atQ3.suggestion().status()).isEqualTo(Brag.BLUE);
  }

  @Test
  void aMilestoneDoneAfterTheQuarterEndCountsAsNotYetDone() {
    Action action = action(q1.start().minusMonths(6), now.end().plusYears(2));
    Milestone step =
        actions.addMilestone(
            action.getId(), new MilestoneForm("Step", q1.end().minusDays(20), null));
    actions.completeMilestone(action.getId(), step.getId(), q2.start().plusDays(2));
    report(action, q1, Brag.GREEN, 60, null);

    assertThat(statusAt.at(List.of(action), q1).get(action.getId()).suggestion().status())
        .isEqualTo(Brag.AMBER);
    assertThat(statusAt.at(List.of(action), q2).get(action.getId()).suggestion().status())
        .isEqualTo(Brag.GREEN);
  }

  @Test
  void manyActionsComeBackInTheOrderGivenEachWithItsOwnUpdate() {
    Action first = action(q1.start().minusMonths(6), now.end().plusYears(2));
    Action second = action(q1.start().minusMonths(6), now.end().plusYears(2));
    Action never = action(q1.start().minusMonths(6), now.end().plusYears(2));
    report(first, q1, Brag.GREEN, 10, null);
    report(second, q2, Brag.RED, 10, null);

    Map<Long, Standing> at = statusAt.at(List.of(second, never, first), q2);

    assertThat(at.keySet()).containsExactly(second.getId(), never.getId(), first.getId());
    assertThat(at.get(first.getId()).status()).isEqualTo(Brag.GREEN);
    assertThat(at.get(second.getId()).status()).isEqualTo(Brag.RED);
    assertThat(at.get(never.getId()).status()).isNull();
    assertThat(at.get(never.getId()).commentary()).isNull();
    assertThat(statusAt.at(List.of(), q2)).isEmpty();
  }
}
