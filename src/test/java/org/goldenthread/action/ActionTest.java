package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.shared.TestPeople.named;

import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ActionTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);
  private static final Period Q2 = Period.quarter(2025, 2);
  private static final Period Q3 = Period.quarter(2025, 3);

  private final Action action =
      new Action(
          "HSG-7", "Open the new hostel", new Person("Fatima Begum", PersonType.OFFICER), TODAY);

  private static ProgressUpdate update(
      Action action, Period period, Brag status, int percent, LocalDate completedOn) {
    ProgressUpdate update = new ProgressUpdate(action, period);
    update.assess(
        new BragRules.Assessment(status, percent, completedOn, "Commentary", "Remedy"),
        status,
        named("fatima.begum"),
        Instant.parse("2025-11-14T10:00:00Z"));
    return update;
  }

  @Test
  void cannotBeDueBeforeItStarts() {
    action.schedule(TODAY.minusMonths(3), TODAY);

    assertThatThrownBy(() -> action.schedule(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 1)))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dueDate")
        .hasMessage("The due date cannot be before the start date of 2 April 2025");
    assertThat(action.getStartDate()).isEqualTo(TODAY.minusMonths(3));
    assertThat(action.getDueDate()).isEqualTo(TODAY);
  }

  @Test
  void mayStartAndFinishOnOneDayOrHaveNoStartDate() {
    action.schedule(TODAY, TODAY);
    assertThat(action.getStartDate()).isEqualTo(TODAY);

    action.schedule(null, TODAY.plusDays(1));
    assertThat(action.getStartDate()).isNull();
    assertThat(action.getDueDate()).isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void withoutADueDateItIsNeverOverdue() {
    action.schedule(TODAY.minusYears(2), null);

    assertThat(action.getDueDate()).isNull();
    assertThat(action.isOverdue(TODAY.plusYears(5))).isFalse();
    assertThat(action.suggestion(TODAY).status()).isEqualTo(Brag.GREEN);
  }

  @Test
  void cannotRemoveAMilestoneAnotherWaitsOn() {
    Milestone first = action.addMilestone("Sign the lease", TODAY.minusDays(20));
    Milestone second = action.addMilestone("Fit out", TODAY.minusDays(10));
    second.plan("Fit out", TODAY.minusDays(10), first);

    assertThatThrownBy(() -> action.removeMilestone(first))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Another milestone waits on \"Sign the lease\": change that first");
    assertThat(action.getMilestones()).containsExactly(first, second);

    action.removeMilestone(second);
    action.removeMilestone(first);
    assertThat(action.getMilestones()).isEmpty();
  }

  @Test
  void milestonesCountInTheSuggestion() {
    action.schedule(null, TODAY.plusMonths(2));
    Milestone lease = action.addMilestone("Sign the lease", TODAY.minusDays(1));

    assertThat(action.suggestion(TODAY).status()).isEqualTo(Brag.AMBER);
    lease.complete(TODAY, TODAY);
    assertThat(action.suggestion(TODAY).status()).isEqualTo(Brag.GREEN);
  }

  @Test
  void takesOnTheLatestUpdate() {
    action.record(update(action, Q2, Brag.AMBER, 30, null));

    assertThat(action.getStatus()).isEqualTo(Brag.AMBER);
    assertThat(action.getPercentComplete()).isEqualTo(30);
    assertThat(action.getCommentary()).isEqualTo("Commentary");
    assertThat(action.getRemedialAction()).isEqualTo("Remedy");
    assertThat(action.getLastUpdatePeriod()).isEqualTo(Q2);

    action.record(update(action, Q3, Brag.GREEN, 60, null));
    assertThat(action.getStatus()).isEqualTo(Brag.GREEN);
    assertThat(action.getLastUpdatePeriod()).isEqualTo(Q3);
  }

  @Test
  void anOlderPeriodsUpdateDoesNotOverwriteANewerOne() {
    action.record(update(action, Q3, Brag.GREEN, 60, null));

    action.record(update(action, Q2, Brag.RED, 10, null));

    assertThat(action.getStatus()).isEqualTo(Brag.GREEN);
    assertThat(action.getPercentComplete()).isEqualTo(60);
    assertThat(action.getLastUpdatePeriod()).isEqualTo(Q3);
  }

  @Test
  void aSecondUpdateForTheSamePeriodReplacesTheFirst() {
    action.record(update(action, Q3, Brag.GREEN, 60, null));

    action.record(update(action, Q3, Brag.AMBER, 55, null));

    assertThat(action.getStatus()).isEqualTo(Brag.AMBER);
    assertThat(action.getPercentComplete()).isEqualTo(55);
  }

  @Test
  void blueOrACompletionDateMakesItAHundredPercentComplete() {
    action.takeProgress(40, Brag.BLUE, TODAY, null, null);
    assertThat(action.getPercentComplete()).isEqualTo(100);
    assertThat(action.isComplete()).isTrue();

    action.takeProgress(40, Brag.BLUE, null, null, null);
    assertThat(action.getPercentComplete()).isEqualTo(100);

    action.takeProgress(40, Brag.AMBER, null, "Late", "Chasing");
    assertThat(action.getPercentComplete()).isEqualTo(40);
    assertThat(action.getCompletedOn()).isNull();
    assertThat(action.isComplete()).isFalse();
  }

  @Test
  void aBlueUpdateIsRecordedAsAHundredPercent() {
    ProgressUpdate blue = update(action, Q3, Brag.BLUE, 70, TODAY);

    assertThat(blue.getPercentComplete()).isEqualTo(100);
    action.record(blue);
    assertThat(action.getPercentComplete()).isEqualTo(100);
    assertThat(action.getCompletedOn()).isEqualTo(TODAY);
  }

  @Test
  void needsAnUpdateForEachPeriodUntilComplete() {
    assertThat(action.needsUpdate(Q2)).isTrue();

    action.record(update(action, Q2, Brag.GREEN, 20, null));
    assertThat(action.needsUpdate(Q2)).isFalse();
    assertThat(action.needsUpdate(Q2.previous())).isFalse();
    assertThat(action.needsUpdate(Q3)).isTrue();

    action.record(update(action, Q3, Brag.BLUE, 100, TODAY));
    assertThat(action.needsUpdate(Q3.next())).isFalse();
  }

  @Test
  void needsNoUpdateForAPeriodEndingBeforeItStarts() {
    action.schedule(Q3.start().plusDays(1), Q3.end().plusMonths(6));
    assertThat(action.needsUpdate(Q2)).isFalse();
    assertThat(action.needsUpdate(Q3)).isTrue();
  }

  @Test
  void overdueAfterItsDueDateUntilComplete() {
    assertThat(action.isOverdue(TODAY)).isFalse();
    assertThat(action.isOverdue(TODAY.plusDays(1))).isTrue();

    action.takeProgress(100, Brag.GREEN, null, null, null);
    assertThat(action.isOverdue(TODAY.plusDays(1))).isFalse();
  }
}
