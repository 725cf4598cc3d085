package org.goldenthread.action.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.action.ActionFixtures.action;
import static org.goldenthread.action.ActionFixtures.progress;
import static org.goldenthread.action.ActionFixtures.uniqueCode;
import static org.goldenthread.shared.TestPeople.named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.FieldChange;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@GoldenThreadTest
class ProgressUpdatesTest {

  @Autowired ActionService actions;
  @Autowired FixtureCouncil fixtures;
  @Autowired ProgressUpdates progress;
  @Autowired PersonService people;
  @Autowired AuditTrail audit;
  @Autowired DemoUsers users;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  private LocalDate today;
  private long leadId;

  @BeforeEach
  void setUp() {
    today = LocalDate.now(clock);
    leadId = fixtures.create().officer().getId();
  }

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  /** An action nine-tenths of the way from its start to its due date. */
  private Action nearlyDue() {
    return actions.create(
        action(uniqueCode("PUT"), leadId, today.minusDays(90), today.plusDays(10)));
  }

  private Action dueYesterday() {
    return actions.create(
        action(uniqueCode("PUT"), leadId, today.minusDays(60), today.minusDays(1)));
  }

  /** The action as the next request would read it, with its milestones to judge it by. */
  private Action fresh(Action action) {
    return tx.execute(
        status -> {
          Action read = actions.get(action.getId());
          read.getMilestones().size();
          return read;
        });
  }

  private int updatesOf(Action action) {
    return progress.of(action).size();
  }

  @Test
  void recordsTheUpdateForTheQuarterWeAreInWithTheSuggestionBesideIt() {
    Action action = nearlyDue();

    ProgressUpdate update =
        progress.update(
            action.getId(), progress(Brag.GREEN, 40, null, null, null), named("fatima"));

    assertThat(progress.currentPeriod()).isEqualTo(Period.containing(today, PeriodType.QUARTER));
    assertThat(update.getPeriod()).isEqualTo(progress.currentPeriod());
    assertThat(update.getStatus()).isEqualTo(Brag.GREEN);
    assertThat(update.getSuggested()).isEqualTo(Brag.AMBER);
    assertThat(update.differsFromSuggestion()).isTrue();
    assertThat(update.getUpdatedBy()).isEqualTo("fatima");
    assertThat(update.getUpdatedByPerson()).isEqualTo(named("fatima"));

    Action after = fresh(action);
    assertThat(after.getStatus()).isEqualTo(Brag.GREEN);
    assertThat(after.getPercentComplete()).isEqualTo(40);
    assertThat(after.getLastUpdatePeriod()).isEqualTo(progress.currentPeriod());
    assertThat(after.needsUpdate(progress.currentPeriod())).isFalse();
    assertThat(after.needsUpdate(progress.currentPeriod().next())).isTrue();
  }

  @Test
  void theSuggestionIsJudgedOnTheProgressReported() {
    Action action = nearlyDue();

    ProgressUpdate update =
        progress.update(
            action.getId(), progress(Brag.GREEN, 85, null, null, null), named("fatima"));

    assertThat(update.getSuggested()).isEqualTo(Brag.GREEN);
    assertThat(update.differsFromSuggestion()).isFalse();
  }

  @Test
  void aSecondUpdateThisQuarterReplacesTheFirstUnlessItWasMadeFromAnOutOfDateForm() {
    Action action = nearlyDue();
    ProgressUpdate first =
        progress.update(
            action.getId(), progress(Brag.GREEN, 70, null, null, null), named("fatima"));

    ProgressUpdate second =
        progress.update(
            action.getId(),
            progress(Brag.AMBER, 75, null, "Supplier late", "Chasing weekly")
                .withVersion(first.getVersion()),
            named("fatima"));

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(updatesOf(action)).isEqualTo(1);
    assertThat(fresh(action).getStatus()).isEqualTo(Brag.AMBER);

    assertThatThrownBy(
            () ->
                progress.update(
                    action.getId(),
                    progress(Brag.GREEN, 90, null, null, null).withVersion(first.getVersion()),
                    named("someone")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(progress.of(action).get(0).getStatus()).isEqualTo(Brag.AMBER);
    assertThat(fresh(action).getPercentComplete()).isEqualTo(75);
  }

  @Test
  void aFormOpenedBeforeSomeoneElseMadeThisQuartersUpdateDoesNotOverwriteIt() {
    Action action = nearlyDue();
    // Both open the page while there is no update this quarter, so neither form has a version.
    ProgressForm lead = progress.formFor(fresh(action));
    ProgressForm accountable = progress.formFor(fresh(action));
    assertThat(lead.version()).isNull();

    progress.update(
        action.getId(),
        new ProgressForm(80, Brag.GREEN, null, "Lead officer's view", null, lead.version()),
        named("fatima"));

    assertThatThrownBy(
            () ->
                progress.update(
                    action.getId(),
                    new ProgressForm(
                        20, Brag.RED, null, "Accountable's view", "Hiring", accountable.version()),
                    named("director")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(progress.of(action))
        .extracting(ProgressUpdate::getCommentary)
        .containsExactly("Lead officer's view");
    assertThat(fresh(action).getStatus()).isEqualTo(Brag.GREEN);
  }

  @Test
  void blueRecordsTheActionAsAHundredPercentComplete() {
    Action action = nearlyDue();

    ProgressUpdate update =
        progress.update(
            action.getId(), progress(Brag.BLUE, 30, today, null, null), named("fatima"));

    assertThat(update.getPercentComplete()).isEqualTo(100);
    assertThat(update.getSuggested()).isEqualTo(Brag.BLUE);
    Action after = fresh(action);
    assertThat(after.getPercentComplete()).isEqualTo(100);
    assertThat(after.getCompletedOn()).isEqualTo(today);
    assertThat(after.isComplete()).isTrue();
    assertThat(after.needsUpdate(progress.currentPeriod().next())).isFalse();
  }

  @Test
  void eachRefusalNamesItsFieldAndLeavesNothingSaved() {
    Action action = dueYesterday();
    Map<String, ProgressForm> refused =
        Map.of(
            "status", progress(Brag.GREEN, 90, null, null, null),
            "commentary", progress(Brag.AMBER, 40, null, "  ", "Extra crews"),
            "remedialAction", progress(Brag.RED, 40, null, "Vehicles off the road", null),
            "completedOn", progress(Brag.BLUE, 100, null, null, null),
            "percentComplete", progress(Brag.RED, 101, null, "Late", "Chasing"));

    refused.forEach(
        (field, form) ->
            assertThatThrownBy(() -> progress.update(action.getId(), form, named("fatima")))
                .as(field)
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("field", field));
    assertThatThrownBy(
            () ->
                progress.update(
                    action.getId(),
                    progress(Brag.BLUE, 100, today.plusDays(1), null, null),
                    named("x")))
        .hasFieldOrPropertyWithValue("field", "completedOn");

    assertThat(updatesOf(action)).isZero();
    Action after = fresh(action);
    assertThat(after.getStatus()).isNull();
    assertThat(after.getPercentComplete()).isZero();
    assertThat(after.getLastUpdatePeriod()).isNull();
  }

  @Test
  void aRefusedCorrectionLeavesTheEarlierUpdateThisQuarterAsItWas() {
    Action action = dueYesterday();
    ProgressUpdate red =
        progress.update(
            action.getId(),
            progress(Brag.RED, 40, null, "Vehicles off the road", "Hiring two"),
            named("fatima"));

    assertThatThrownBy(
            () ->
                progress.update(
                    action.getId(),
                    progress(Brag.GREEN, 95, null, null, null).withVersion(red.getVersion()),
                    named("fatima")))
        .hasFieldOrPropertyWithValue("field", "status")
        .hasMessageContaining("cannot be Green");

    List<ProgressUpdate> kept = progress.of(action);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).getStatus()).isEqualTo(Brag.RED);
    assertThat(kept.get(0).getPercentComplete()).isEqualTo(40);
    assertThat(fresh(action).getStatus()).isEqualTo(Brag.RED);
    assertThat(fresh(action).getPercentComplete()).isEqualTo(40);
  }

  @Test
  void anOverdueActionMayBeReportedAmberOrRedOrCompleted() {
    Action action = dueYesterday();

    progress.update(
        action.getId(),
        progress(Brag.AMBER, 80, null, "Waiting on sign-off", "Escalated"),
        named("f"));
    assertThat(fresh(action).getStatus()).isEqualTo(Brag.AMBER);

    ProgressUpdate done =
        progress.update(
            action.getId(),
            progress(Brag.BLUE, 100, today.minusDays(2), null, null)
                .withVersion(progress.of(action).get(0).getVersion()),
            named("f"));
    assertThat(done.getStatus()).isEqualTo(Brag.BLUE);
    assertThat(fresh(action).isOverdue(today)).isFalse();
  }

  @Test
  void anImportedAmberNeedsCommentaryButNotWhatWillBeDone() {
    Action action = nearlyDue();

    tx.executeWithoutResult(
        status ->
            progress.imported(
                actions.get(action.getId()),
                new BragRules.Assessment(Brag.AMBER, 20, null, " Supplier late ", null),
                named("import")));

    Action after = fresh(action);
    assertThat(after.getStatus()).isEqualTo(Brag.AMBER);
    assertThat(after.getCommentary()).isEqualTo("Supplier late");
    assertThat(after.getRemedialAction()).isNull();
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status ->
                        progress.imported(
                            actions.get(action.getId()),
                            new BragRules.Assessment(Brag.RED, 20, null, "", null),
                            named("import"))))
        .hasFieldOrPropertyWithValue("field", "commentary");
    assertThat(fresh(action).getStatus()).isEqualTo(Brag.AMBER);
  }

  @Test
  void theAuditTrailShowsWhoChangedTheProgressAndWhatItWasBefore() {
    users.signInAs("admin");
    Action action = nearlyDue();

    ProgressUpdate amber =
        progress.update(
            action.getId(),
            progress(Brag.AMBER, 30, null, "Supplier late", "Chasing weekly"),
            named("admin"));
    progress.update(
        action.getId(),
        progress(Brag.RED, 35, null, "Supplier gone", "Re-tendering")
            .withVersion(amber.getVersion()),
        named("admin"));

    List<RecordChange> history = audit.historyOf(Action.class, action.getId());
    assertThat(history)
        .extracting(RecordChange::action)
        .containsExactly("CHANGED", "CHANGED", "CREATED");
    assertThat(history.get(0).actor()).isEqualTo("admin");
    assertThat(history.get(0).fields())
        .contains(
            new FieldChange("Status", "Amber", "Red"),
            new FieldChange("Percent complete", "30", "35"),
            new FieldChange("Commentary", "Supplier late", "Supplier gone"));
    assertThat(history.get(1).fields())
        .contains(
            new FieldChange("Status", "", "Amber"),
            new FieldChange("Percent complete", "0", "30"),
            new FieldChange("Remedial action", "", "Chasing weekly"),
            new FieldChange("Last update period", "", progress.currentPeriod().label()));

    List<RecordChange> updateHistory = audit.historyOf(ProgressUpdate.class, amber.getId());
    assertThat(updateHistory)
        .extracting(RecordChange::action)
        .containsExactly("CHANGED", "CREATED");
    assertThat(updateHistory.get(0).fields()).contains(new FieldChange("Status", "Amber", "Red"));
  }
}
