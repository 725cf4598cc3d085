package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanApproval;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanSnapshot;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's golden thread, as loaded on start. Other tests add items and plans of their
 * own, so these look only at the demo's, found by their codes.
 */
@GoldenThreadTest
@Transactional
class DemoFrameworkTest {

  @Autowired FrameworkService framework;
  @Autowired PlanService plans;
  @Autowired GapCheck gapCheck;
  @Autowired Clock clock;

  private FrameworkItem item(String code) {
    return framework.all().stream()
        .filter(i -> i.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The demo has no item " + code));
  }

  private Plan servicePlan(String service) {
    String code = DemoServicePlans.codeOf(service, DemoYear.containing(LocalDate.now(clock)));
    return plans.all().stream()
        .filter(p -> p.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The demo has no service plan " + code));
  }

  /** The community strategy, corporate, partnership and performance plans, then the services'. */
  private List<Plan> demoPlans() {
    return Stream.concat(
            Stream.of("V1", "A1", "CSP-O1", "O1").map(code -> item(code).getPlan()),
            DemoServicePlans.SERVICES.stream().map(this::servicePlan))
        .toList();
  }

  private List<FrameworkItem> demoItems() {
    Set<String> codes = Set.copyOf(DemoFramework.itemCodes());
    return framework.all().stream().filter(i -> codes.contains(i.getCode())).toList();
  }

  private static boolean reachesTheVision(ThreadGraph.Branch branch) {
    return branch.node().type() == ItemType.VISION
        || branch.branches().stream().anyMatch(DemoFrameworkTest::reachesTheVision);
  }

  @Test
  void everyObjectiveAndOutcomeIsLinkedUpToTheVision() {
    ThreadGraph graph = framework.graph();
    List<FrameworkItem> delivering =
        demoItems().stream()
            .filter(i -> i.getType() == ItemType.OBJECTIVE || i.getType() == ItemType.OUTCOME)
            .toList();

    assertThat(delivering).hasSizeGreaterThanOrEqualTo(15 * 2 + 3 + 3);
    List<Plan> demoPlans = demoPlans();
    assertThat(demoItems()).allMatch(i -> demoPlans.contains(i.getPlan()));
    for (FrameworkItem item : delivering) {
      assertThat(reachesTheVision(graph.up(item.getId())))
          .as(item.label() + " reaches the vision")
          .isTrue();
    }
    assertThat(graph.up(item("CSAFE-O1").getId()).branches())
        .extracting(b -> b.node().code())
        .as("the council's objective also serves the partnership's")
        .contains("CSP-O1", "O3");
  }

  @Test
  void theGapCheckShowsTheOnePriorityNothingDeliversAndTheOnePlanPastItsReview() {
    Set<Long> demoItemIds =
        demoItems().stream().map(FrameworkItem::getId).collect(Collectors.toSet());
    List<Plan> demoPlans = demoPlans();

    GapCheck.Report gaps = gapCheck.run();

    assertThat(gaps.nothingBeneath())
        .filteredOn(node -> demoItemIds.contains(node.id()))
        .extracting(ThreadGraph.Node::code)
        .containsExactly("P7");
    assertThat(gaps.contributingToNothing())
        .filteredOn(node -> demoItemIds.contains(node.id()))
        .isEmpty();
    assertThat(gaps.reviewOverdue())
        .filteredOn(demoPlans::contains)
        .containsExactly(servicePlan(DemoServicePlans.REVIEW_MISSED));
  }

  @Test
  void everyServiceHasAPlanOwnedByItsHeadWithAtLeastTwoObjectives() {
    for (String service : DemoServicePlans.SERVICES) {
      Plan plan = servicePlan(service);

      assertThat(plan.getType()).isEqualTo(PlanType.SERVICE_PLAN);
      assertThat(plan.getOrgUnit().getCode()).isEqualTo(service);
      assertThat(plan.getOwner()).as(plan.getTitle()).isEqualTo(plan.getOrgUnit().getHead());
      assertThat(plan.getApprovingBody()).as(plan.getTitle()).isNotNull();
      assertThat(framework.inPlan(plan))
          .as(plan.getTitle())
          .filteredOn(i -> i.getType() == ItemType.OBJECTIVE)
          .hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void plansAreAtTheirIntendedStagesAndEachApprovedOneKeepsItsApprovedVersion() {
    assertThat(item("V1").getPlan().getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(item("A1").getPlan().getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(item("O1").getPlan().getStatus()).isEqualTo(PlanStatus.APPROVED);
    assertThat(item("CSP-O1").getPlan().getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(servicePlan(DemoServicePlans.STILL_DRAFT).getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(servicePlan(DemoServicePlans.AWAITING_DECISION).getStatus())
        .isEqualTo(PlanStatus.SUBMITTED);
    assertThat(servicePlan("REVBEN").getStatus()).isEqualTo(PlanStatus.ACTIVE);

    for (Plan plan : demoPlans()) {
      List<PlanApproval> approvals = plans.approvalsOf(plan);
      if (plan.getStatus() == PlanStatus.APPROVED || plan.getStatus() == PlanStatus.ACTIVE) {
        assertThat(approvals).as(plan.getTitle()).isNotEmpty();
        PlanApproval first = approvals.get(approvals.size() - 1);
        assertThat(first.getApprovingBody()).isEqualTo(plan.getApprovingBody());
        assertThat(first.getApprovedOn()).isBefore(plan.getPeriodStart());
        assertThat(first.getDecisionReference()).isNotBlank();
        assertThat(plans.content(first).items())
            .as(plan.getTitle() + " as approved")
            .extracting(PlanSnapshot.Item::code)
            .containsAll(
                demoItems().stream()
                    .filter(i -> i.getPlan().equals(plan))
                    .map(FrameworkItem::getCode)
                    .toList());
      } else {
        assertThat(approvals).as(plan.getTitle()).isEmpty();
      }
    }
  }

  @Test
  void everyItemHasAResponsibleAndAnAccountablePerson() {
    for (FrameworkItem item : demoItems()) {
      assertThat(item.getResponsible()).as(item.label()).isNotNull();
      assertThat(item.getAccountable()).as(item.label()).isNotNull();
    }
    assertThat(item("CSP-O1").getResponsible().getType()).isEqualTo(PersonType.PARTNER);
    assertThat(framework.inPlan(item("A1").getPlan()))
        .filteredOn(i -> i.getType() == ItemType.VALUE)
        .hasSize(4);
  }
}
