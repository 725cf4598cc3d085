package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.action.ActionFixtures.action;
import static org.goldenthread.action.ActionFixtures.uniqueCode;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@GoldenThreadTest
class ActionServiceTest {

  private static final long NO_SUCH_ID = 987_654_321L;

  @Autowired ActionService actions;
  @Autowired FixtureCouncil fixtures;
  @Autowired PersonService people;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;
  @Autowired EntityManager em;

  private LocalDate today;
  private Person lead;
  private FixtureCouncil.Council council;
  private String code;

  @BeforeEach
  void setUp() {
    today = LocalDate.now(clock);
    council = fixtures.create();
    lead = council.officer();
    code = uniqueCode("AST");
  }

  /** Reads an action afresh, in its own transaction, as the next request would. */
  private Object reread(long id, Function<Action, ?> read) {
    return tx.execute(status -> read.apply(actions.get(id)));
  }

  private Action create(LocalDate start, LocalDate due) {
    return actions.create(action(code, lead.getId(), start, due));
  }

  @Test
  void anActionBelongsToItsLeadOfficersUnitUnlessAnotherIsChosen() {
    Action created = create(today.minusMonths(1), today.plusMonths(5));

    assertThat(reread(created.getId(), a -> a.getOrgUnit().getCode()))
        .isEqualTo(council.service().getCode());
    assertThat(reread(created.getId(), a -> a.getLeadOfficer().getFullName()))
        .isEqualTo(lead.getFullName());
    assertThat(created.getStatus()).isNull();
    assertThat(created.getPercentComplete()).isZero();

    OrgUnit elsewhere = fixtures.service("Housing " + council.suffix());
    long housing = elsewhere.getId();
    actions.update(
        created.getId(),
        action(code, null, null, lead.getId(), null, housing, null, today.plusMonths(5))
            .withVersion(created.getVersion()));
    assertThat(reread(created.getId(), a -> a.getOrgUnit().getCode()))
        .isEqualTo(elsewhere.getCode());
  }

  @Test
  void refusesACodeAlreadyUsedWhateverItsCase() {
    Action first = create(null, today.plusMonths(1));

    assertThatThrownBy(() -> actions.create(action(code.toLowerCase(), lead.getId(), null, today)))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "code")
        .hasMessageContaining("already used by " + code);

    String second = uniqueCode("AST");
    Action other = actions.create(action(second, lead.getId(), null, today));
    assertThatThrownBy(() -> actions.update(other.getId(), action(code, lead.getId(), null, today)))
        .hasFieldOrPropertyWithValue("field", "code");
    assertThat(reread(other.getId(), Action::getCode)).isEqualTo(second);

    actions.update(first.getId(), action(code, lead.getId(), null, today.plusMonths(2)));
    assertThat(reread(first.getId(), Action::getDueDate)).isEqualTo(today.plusMonths(2));
  }

  @Test
  void refusesAnUnknownLeadOfficerAndSavesNothing() {
    assertThatThrownBy(() -> actions.create(action(code, NO_SUCH_ID, null, today)))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "leadOfficerId")
        .hasMessage("Choose a person from the list");
    assertThatThrownBy(() -> actions.byCode(code)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void refusesEachUnknownChoiceNamingItsField() {
    long id = lead.getId();
    List<ActionForm> forms =
        List.of(
            action(code, NO_SUCH_ID, null, id, null, null, null, today),
            action(code, null, NO_SUCH_ID, id, null, null, null, today),
            action(code, null, null, id, NO_SUCH_ID, null, null, today),
            action(code, null, null, id, null, NO_SUCH_ID, null, today));

    assertThat(forms)
        .extracting(form -> refusal(() -> actions.create(form)).field())
        .containsExactly("frameworkItemId", "decisionId", "accountableId", "orgUnitId");
    assertThatThrownBy(() -> actions.byCode(code)).isInstanceOf(RecordNotFoundException.class);
  }

  private static RuleViolationException refusal(Runnable change) {
    try {
      change.run();
    } catch (RuleViolationException e) {
      return e;
    }
    throw new AssertionError("expected the change to be refused");
  }

  @Test
  void refusesAChangeMadeFromAnOutOfDateForm() {
    Action created = create(null, today.plusMonths(1));
    ActionForm moved = action(code, lead.getId(), null, today.plusMonths(2));

    actions.update(created.getId(), moved.withVersion(created.getVersion()));
    ActionForm stale =
        action(code, lead.getId(), null, today.plusMonths(3)).withVersion(created.getVersion());

    assertThatThrownBy(() -> actions.update(created.getId(), stale))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(reread(created.getId(), Action::getDueDate)).isEqualTo(today.plusMonths(2));
  }

  @Test
  void refusesADueDateBeforeTheStartDate() {
    assertThatThrownBy(() -> create(today, today.minusDays(1)))
        .hasFieldOrPropertyWithValue("field", "dueDate");
    assertThatThrownBy(() -> actions.byCode(code)).isInstanceOf(RecordNotFoundException.class);

    Action created = create(today, today.plusDays(1));
    assertThatThrownBy(
            () ->
                actions.update(
                    created.getId(),
                    action(code, lead.getId(), today.plusDays(5), today.plusDays(4))))
        .hasFieldOrPropertyWithValue("field", "dueDate");
    assertThat(reread(created.getId(), Action::getStartDate)).isEqualTo(today);
  }

  // Milestones

  private Milestone add(Action action, String title, LocalDate due, Milestone waitsOn) {
    return actions.addMilestone(
        action.getId(), new MilestoneForm(title, due, waitsOn == null ? null : waitsOn.getId()));
  }

  private List<String> milestonesOf(Action action) {
    return tx.execute(
        status ->
            actions.get(action.getId()).getMilestones().stream().map(Milestone::getTitle).toList());
  }

  /** An action due in three months with two milestones, the second waiting on the first. */
  private record Chain(Action action, Milestone first, Milestone second) {}

  private Chain chain() {
    Action action = create(null, today.plusMonths(3));
    Milestone first = add(action, "First", today.plusMonths(1), null);
    return new Chain(action, first, add(action, "Second", today.plusMonths(2), first));
  }

  @Test
  void milestonesAreAddedTickedOffReopenedAndRemovedInOrder() {
    Action action = create(today.minusMonths(2), today.plusMonths(4));
    Milestone consult = add(action, "Consult crews", today.plusDays(10), null);
    Milestone plan = add(action, "Plan rounds", today.minusDays(10), null);
    Milestone live = add(action, "Go live", today.plusMonths(4), plan);

    assertThat(milestonesOf(action)).containsExactly("Plan rounds", "Consult crews", "Go live");
    assertThat(reread(action.getId(), a -> a.getMilestones().get(2).getDependsOn().getTitle()))
        .isEqualTo("Plan rounds");
    assertThat(reread(action.getId(), a -> a.suggestion(today).status())).isEqualTo(Brag.AMBER);

    actions.completeMilestone(action.getId(), plan.getId(), today.minusDays(2));
    assertThatThrownBy(
            () -> actions.completeMilestone(action.getId(), live.getId(), today.minusDays(3)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("which was done later");
    actions.completeMilestone(action.getId(), live.getId(), today.minusDays(1));
    assertThat(reread(action.getId(), a -> a.getMilestones().get(0).getCompletedOn()))
        .isEqualTo(today.minusDays(2));
    assertThat(reread(action.getId(), a -> a.getMilestones().get(2).getCompletedOn()))
        .isEqualTo(today.minusDays(1));

    actions.reopenMilestone(action.getId(), live.getId());
    actions.reopenMilestone(action.getId(), plan.getId());
    assertThat(reread(action.getId(), a -> a.getMilestones().get(0).isComplete())).isEqualTo(false);

    actions.removeMilestone(action.getId(), live.getId());
    actions.removeMilestone(action.getId(), consult.getId());
    assertThat(milestonesOf(action)).containsExactly("Plan rounds");
  }

  @Test
  void aMilestoneCannotBeDueAfterTheActionAndNothingIsAdded() {
    Action action = create(null, today.plusMonths(1));

    assertThatThrownBy(() -> add(action, "Too late", today.plusMonths(1).plusDays(1), null))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dueDate")
        .hasMessage("A milestone cannot be due after the action itself is due");
    assertThat(milestonesOf(action)).isEmpty();

    add(action, "On the day", today.plusMonths(1), null);
    assertThat(milestonesOf(action)).containsExactly("On the day");
  }

  @Test
  void anActionWithoutADueDateTakesMilestonesOnAnyDate() {
    Action action = create(null, null);

    add(action, "Years away", today.plusYears(3), null);

    assertThat(milestonesOf(action)).containsExactly("Years away");
    assertThat(reread(action.getId(), a -> a.isOverdue(today.plusYears(10)))).isEqualTo(false);
  }

  @Test
  void aMilestoneWaitsOnlyOnAnEarlierMilestoneOfTheSameAction() {
    Action action = create(null, today.plusMonths(3));
    Action other = actions.create(action(uniqueCode("AST"), lead.getId(), null, today));
    Milestone elsewhere = add(other, "Elsewhere", today, null);
    Milestone first = add(action, "First", today.plusMonths(1), null);

    assertThatThrownBy(() -> add(action, "Waits elsewhere", today.plusMonths(2), elsewhere))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
    assertThatThrownBy(
            () ->
                actions.addMilestone(
                    action.getId(), new MilestoneForm("Waits", today.plusMonths(2), NO_SUCH_ID)))
        .hasFieldOrPropertyWithValue("field", "dependsOnId");
    assertThatThrownBy(() -> add(action, "Before first", today.plusDays(1), first))
        .hasFieldOrPropertyWithValue("field", "dueDate")
        .hasMessageContaining("waits on \"First\"");
    assertThat(milestonesOf(action)).containsExactly("First");
  }

  @Test
  void aMilestoneCannotBeTickedOffBeforeWhatItWaitsOnOrInTheFuture() {
    Chain c = chain();

    assertThatThrownBy(
            () -> actions.completeMilestone(c.action().getId(), c.second().getId(), today))
        .hasFieldOrPropertyWithValue("field", "completedOn")
        .hasMessage("\"Second\" waits on \"First\", which is not done yet");
    assertThatThrownBy(
            () ->
                actions.completeMilestone(c.action().getId(), c.first().getId(), today.plusDays(1)))
        .hasFieldOrPropertyWithValue("field", "completedOn");
    assertThat(
            reread(
                c.action().getId(),
                a -> a.getMilestones().stream().noneMatch(Milestone::isComplete)))
        .isEqualTo(true);
  }

  @Test
  void aMilestoneAnotherHasFollowedCannotBeReopenedOrRemoved() {
    Chain c = chain();
    actions.completeMilestone(c.action().getId(), c.first().getId(), today);
    actions.completeMilestone(c.action().getId(), c.second().getId(), today);

    assertThatThrownBy(() -> actions.reopenMilestone(c.action().getId(), c.first().getId()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("A milestone that waits on this one is already done: reopen that first");
    assertThatThrownBy(() -> actions.removeMilestone(c.action().getId(), c.first().getId()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Another milestone waits on \"First\": change that first");
    assertThat(milestonesOf(c.action())).containsExactly("First", "Second");
    assertThat(reread(c.action().getId(), a -> a.getMilestones().get(0).isComplete()))
        .isEqualTo(true);
  }

  @Test
  void aMilestoneOfAnotherActionCannotBeChangedThroughThisOne() {
    Action action = create(null, today.plusMonths(3));
    Action other = actions.create(action(uniqueCode("AST"), lead.getId(), null, today));
    Milestone elsewhere = add(other, "Elsewhere", today, null);

    assertThatThrownBy(() -> actions.completeMilestone(action.getId(), elsewhere.getId(), today))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose a milestone from the list");
    assertThatThrownBy(() -> actions.removeMilestone(action.getId(), elsewhere.getId()))
        .isInstanceOf(RuleViolationException.class);
    assertThat(milestonesOf(other)).containsExactly("Elsewhere");
  }

  /**
   * Makes a change in one transaction in which the milestone was first taken only by reference, as
   * something earlier in the same request might, so that Hibernate hands the rules a proxy for it.
   */
  private void afterReferenceTo(Milestone held, Runnable change) {
    tx.executeWithoutResult(
        status -> {
          em.getReference(Milestone.class, held.getId());
          change.run();
        });
  }

  @Test
  void theRulesHoldWhenTheMilestoneWaitedOnWasFirstLoadedOnlyByReference() {
    Chain c = chain();

    assertThatThrownBy(
            () ->
                afterReferenceTo(
                    c.first(),
                    () -> actions.completeMilestone(c.action().getId(), c.second().getId(), today)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("\"Second\" waits on \"First\", which is not done yet");
    assertThatThrownBy(
            () ->
                afterReferenceTo(
                    c.first(), () -> add(c.action(), "Third", today.plusDays(1), c.first())))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "dueDate");
    afterReferenceTo(c.first(), () -> add(c.action(), "Third", today.plusMonths(2), c.first()));
    assertThat(milestonesOf(c.action())).containsExactly("First", "Second", "Third");
  }
}
