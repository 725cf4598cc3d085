package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MilestoneTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);

  private final Person lead = new Person("Kevin O'Brien", PersonType.OFFICER);
  private final Action action = new Action("WS-1", "New bin rounds", lead, TODAY.plusMonths(6));

  private static <T> T withId(T entity, long id) {
    ReflectionTestUtils.setField(entity, "id", id);
    return entity;
  }

  @Test
  void refusesWaitingOnAMilestoneOfAnotherAction() {
    Action other = new Action("WS-2", "Food waste trial", lead, TODAY.plusMonths(6));
    Milestone elsewhere = other.addMilestone("Buy caddies", TODAY);
    Milestone here = action.addMilestone("Plan rounds", TODAY.plusMonths(1));

    assertThatThrownBy(() -> here.plan("Plan rounds", TODAY.plusMonths(1), elsewhere))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dependsOnId")
        .hasMessage("A milestone can only wait on another milestone of the same action");
    assertThat(here.getDependsOn()).isNull();
  }

  @Test
  void refusesWaitingOnAMilestoneOfAnotherSavedAction() {
    withId(action, 1);
    Action other = withId(new Action("WS-2", "Food waste trial", lead, TODAY), 2);
    Milestone elsewhere = other.addMilestone("Buy caddies", TODAY);
    Milestone here = action.addMilestone("Plan rounds", TODAY.plusMonths(1));

    assertThatThrownBy(() -> here.plan("Plan rounds", TODAY.plusMonths(1), elsewhere))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
  }

  @Test
  void refusesWaitingOnItself() {
    Milestone m = action.addMilestone("Plan rounds", TODAY);

    assertThatThrownBy(() -> m.plan("Plan rounds again", TODAY.plusDays(1), m))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dependsOnId")
        .hasMessage("A milestone cannot wait on itself, directly or through another");
    assertThat(m.getTitle()).isEqualTo("Plan rounds");
    assertThat(m.getDueDate()).isEqualTo(TODAY);
    assertThat(m.getDependsOn()).isNull();
  }

  @Test
  void refusesWaitingOnItselfThroughAChain() {
    Milestone first = action.addMilestone("Plan rounds", TODAY);
    Milestone second = action.addMilestone("Consult crews", TODAY);
    Milestone third = action.addMilestone("Go live", TODAY);
    second.plan("Consult crews", TODAY, first);
    third.plan("Go live", TODAY, second);

    assertThatThrownBy(() -> first.plan("Plan rounds", TODAY, third))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
    assertThatThrownBy(() -> first.plan("Plan rounds", TODAY, second))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
    assertThat(first.getDependsOn()).isNull();
  }

  @Test
  void aChainWithoutALoopIsAccepted() {
    Milestone first = action.addMilestone("Plan rounds", TODAY);
    Milestone second = action.addMilestone("Consult crews", TODAY.plusDays(7));
    Milestone third = action.addMilestone("Go live", TODAY.plusDays(14));
    second.plan("Consult crews", TODAY.plusDays(7), first);
    third.plan("Go live", TODAY.plusDays(14), first);

    assertThat(second.getDependsOn()).isSameAs(first);
    assertThat(third.getDependsOn()).isSameAs(first);
  }

  @Test
  void refusesWaitingOnItselfWhenTheChainHoldsAnotherCopyOfItFromTheDatabase() {
    Milestone first = withId(action.addMilestone("Plan rounds", TODAY), 10);
    Milestone second = withId(action.addMilestone("Consult crews", TODAY), 11);
    second.plan("Consult crews", TODAY, first);
    Milestone firstAgain = withId(action.addMilestone("Plan rounds", TODAY), 10);

    assertThatThrownBy(() -> firstAgain.plan("Plan rounds", TODAY, second))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
  }

  @Test
  void refusesBeingDueBeforeTheMilestoneItWaitsOn() {
    Milestone first = action.addMilestone("Plan rounds", TODAY.plusDays(10));
    Milestone second = action.addMilestone("Go live", TODAY.plusDays(20));

    assertThatThrownBy(() -> second.plan("Go live", TODAY.plusDays(9), first))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dueDate")
        .hasMessage("This milestone waits on \"Plan rounds\", so it cannot be due before that one");
    assertThat(second.getDueDate()).isEqualTo(TODAY.plusDays(20));
    assertThatCode(() -> second.plan("Go live", TODAY.plusDays(10), first))
        .doesNotThrowAnyException();
  }

  @Test
  void cannotBeCompletedWhileWhatItWaitsOnIsNotDone() {
    Milestone first = action.addMilestone("Plan rounds", TODAY);
    Milestone second = action.addMilestone("Go live", TODAY);
    second.plan("Go live", TODAY, first);

    assertThatThrownBy(() -> second.complete(TODAY, TODAY))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "completedOn")
        .hasMessage("\"Go live\" waits on \"Plan rounds\", which is not done yet");
    assertThat(second.isComplete()).isFalse();

    first.complete(TODAY.minusDays(2), TODAY);
    second.complete(TODAY, TODAY);
    assertThat(second.getCompletedOn()).isEqualTo(TODAY);
  }

  @Test
  void cannotBeCompletedInTheFuture() {
    Milestone m = action.addMilestone("Plan rounds", TODAY);

    assertThatThrownBy(() -> m.complete(TODAY.plusDays(1), TODAY))
        .hasFieldOrPropertyWithValue("field", "completedOn")
        .hasMessage("The completion date cannot be in the future");
    assertThat(m.isComplete()).isFalse();
    m.complete(TODAY, TODAY);
    assertThat(m.isComplete()).isTrue();
  }

  @Test
  void reopeningClearsTheCompletionDate() {
    Milestone m = action.addMilestone("Plan rounds", TODAY.minusDays(5));
    m.complete(TODAY.minusDays(6), TODAY);

    m.reopen();

    assertThat(m.getCompletedOn()).isNull();
    assertThat(m.isOverdue(TODAY)).isTrue();
  }

  @Test
  void overdueOnlyAfterItsDateAndWhileNotDone() {
    Milestone m = action.addMilestone("Plan rounds", TODAY);

    assertThat(m.isOverdue(TODAY)).isFalse();
    assertThat(m.isOverdue(TODAY.plusDays(1))).isTrue();
    m.complete(TODAY, TODAY);
    assertThat(m.isOverdue(TODAY.plusDays(1))).isFalse();
  }
}
