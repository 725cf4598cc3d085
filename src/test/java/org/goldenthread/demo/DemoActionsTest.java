package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.account.AccountService;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's actions and committee decisions, as loaded on start. Other tests add actions
 * and decisions of their own, so these look only at the demo's, found by their codes.
 */
@GoldenThreadTest
@Transactional
class DemoActionsTest {

  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired DecisionService decisions;
  @Autowired FrameworkService framework;
  @Autowired AccountService accounts;
  @Autowired GapCheck gapCheck;
  @Autowired Clock clock;

  private List<Action> demoActions() {
    Set<String> codes = Set.copyOf(DemoActionTable.codes());
    return actions.all().stream().filter(a -> codes.contains(a.getCode())).toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Test
  void everyServicePlanAndTheCorporatePlanHasActionsDeliveringItsItems() {
    DemoYear year = DemoYear.containing(today());
    List<Action> demo = demoActions();
    assertThat(demo).hasSize(DemoActionTable.codes().size());
    List<String> planCodes =
        demo.stream()
            .map(Action::getFrameworkItem)
            .filter(Objects::nonNull)
            .map(item -> item.getPlan().getCode())
            .toList();

    for (String service : DemoServicePlans.SERVICES) {
      assertThat(planCodes)
          .as("actions in the " + service + " service plan")
          .contains(DemoServicePlans.codeOf(service, year));
    }
    Plan corporate =
        framework.all().stream()
            .filter(i -> i.getCode().equals("P1"))
            .findFirst()
            .orElseThrow()
            .getPlan();
    assertThat(planCodes.stream().filter(corporate.getCode()::equals).count())
        .as("actions in the Corporate Plan")
        .isBetween(8L, 12L);
    assertThat(demo)
        .allSatisfy(
            a -> {
              assertThat(a.getAccountable()).as(a.getCode() + " accountable").isNotNull();
              assertThat(a.getStartDate()).as(a.getCode() + " start").isNotNull();
            });
  }

  @Test
  void everyStatusOccursAndSomeActionsAreOverdueOrNeverUpdated() {
    List<Action> demo = demoActions();

    assertThat(demo).extracting(Action::getStatus).contains(Brag.values()).contains((Brag) null);
    assertThat(demo).filteredOn(a -> a.isOverdue(today())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(demo)
        .filteredOn(a -> a.getStatus() == Brag.BLUE)
        .allSatisfy(a -> assertThat(a.getCompletedOn()).as(a.getCode()).isNotNull());
    assertThat(demo)
        .filteredOn(a -> a.getStatus() != null && a.getStatus().needsExplanation())
        .allSatisfy(
            a -> {
              assertThat(a.getCommentary()).as(a.getCode()).isNotBlank();
              assertThat(a.getRemedialAction()).as(a.getCode()).isNotBlank();
            });
    assertThat(demo)
        .filteredOn(a -> a.isOverdue(today()))
        .extracting(Action::getStatus)
        .doesNotContain(Brag.GREEN);
  }

  @Test
  void someLeadOfficersSeeItDifferentlyFromTheSuggestionAndSomeActionsHaveAHistory() {
    List<Action> demo = demoActions();
    List<ProgressUpdate> updates = demo.stream().flatMap(a -> progress.of(a).stream()).toList();

    assertThat(updates).anyMatch(ProgressUpdate::differsFromSuggestion);
    assertThat(updates)
        .anyMatch(u -> u.getStatus() == Brag.GREEN && u.getSuggested() == Brag.AMBER);
    assertThat(demo)
        .filteredOn(a -> progress.of(a).size() >= 3)
        .as("actions with three quarters or more of history")
        .hasSizeGreaterThanOrEqualTo(5);
    Action lead = actions.byCode("REVBEN-A1");
    assertThat(progress.of(lead))
        .extracting(ProgressUpdate::getUpdatedBy)
        .containsOnly(lead.getLeadOfficer().getFullName());
    assertThat(progress.of(lead))
        .extracting(u -> u.getUpdatedByPerson().personId())
        .containsOnly(lead.getLeadOfficer().getId());
  }

  @Test
  void projectsHaveMilestonesWaitingOnEachOtherAndSomeAreLate() {
    List<Action> projects =
        demoActions().stream().filter(a -> a.getKind() == ActionKind.PROJECT).toList();

    assertThat(projects).hasSizeGreaterThanOrEqualTo(3);
    assertThat(projects)
        .allSatisfy(p -> assertThat(p.getMilestones()).as(p.getCode()).hasSizeBetween(3, 5));
    List<Milestone> milestones =
        projects.stream().flatMap(p -> p.getMilestones().stream()).toList();
    assertThat(milestones).anyMatch(m -> m.getDependsOn() != null);
    assertThat(milestones).anyMatch(Milestone::isComplete);
    assertThat(milestones).anyMatch(m -> m.isOverdue(today()));
  }

  @Test
  void theDemoOfficerLeadsActionsNeedingAttention() {
    Person officer = accounts.findByUsername("officer").orElseThrow().getPerson();
    Period quarter = progress.currentPeriod();

    List<Action> led =
        actions.ofPerson(officer.getId()).stream()
            .filter(a -> a.getLeadOfficer().equals(officer))
            .toList();

    assertThat(led).hasSizeGreaterThanOrEqualTo(3);
    assertThat(led).anyMatch(a -> a.needsUpdate(quarter));
    assertThat(led).anyMatch(a -> a.isOverdue(today()));
    assertThat(led).anyMatch(a -> a.getStatus() == Brag.AMBER);
  }

  @Test
  void decisionsOfCabinetAndCommitteesHaveActionsSomeDoneSomeOutstanding() {
    Set<String> codes = Set.copyOf(DemoActionTable.codes());
    Map<Body, List<DecisionService.Progress>> register = decisions.register(null, false);
    List<DecisionService.Progress> demo =
        register.values().stream()
            .flatMap(List::stream)
            .filter(p -> p.actions().stream().anyMatch(a -> codes.contains(a.getCode())))
            .toList();

    assertThat(demo).hasSizeBetween(4, 6);
    assertThat(demo)
        .extracting(p -> p.decision().getBody().getName())
        .contains("Cabinet", "Overview and Scrutiny Committee", "Audit and Governance Committee");
    assertThat(demo).allSatisfy(p -> assertThat(p.actions()).hasSizeBetween(1, 3));
    assertThat(demo)
        .allSatisfy(
            p ->
                assertThat(p.decision().getDecidedOn())
                    .isBefore(today())
                    .isAfter(today().minusYears(1)));
    assertThat(demo).anyMatch(p -> !p.isOutstanding());
    assertThat(demo).anyMatch(DecisionService.Progress::isOutstanding);
    assertThat(demo).anyMatch(p -> p.overdue() > 0);
    assertThat(demo)
        .extracting(p -> p.decision().getMinuteReference())
        .allMatch(ref -> ref.matches("[A-Z]{3} \\d+/\\d{2}"));
  }

  @Test
  void theGapCheckCountsActionsAsActingOnTheThreadButStillFindsNetZero() {
    GapCheck.Report report = gapCheck.run();

    assertThat(report.deliveredMeans()).contains("acted on by an action");
    assertThat(report.notDelivered()).extracting(ThreadGraph.Node::code).contains("P7");
  }
}
