package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PlanLifecycleTest {

  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final LocalDate MARCH = LocalDate.of(2027, 3, 31);

  private final Plan plan =
      new Plan("SP-REV", "Revenues service plan", PlanType.SERVICE_PLAN, APRIL, MARCH);

  @Test
  void aNewPlanIsADraft() {
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void goesFromDraftThroughApprovalToActiveAndArchived() {
    plan.submit();
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    plan.approve(LocalDate.of(2026, 3, 10));
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
    plan.activate();
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    plan.archive();
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ARCHIVED);
  }

  @Test
  void aDraftCannotBeApprovedWithoutBeingSubmitted() {
    assertThatThrownBy(() -> plan.approve(APRIL))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage(
            "This plan cannot be approved because it is still a draft: submit it for approval first.");
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void aDraftCannotBeMadeActiveOrReturnedToDraft() {
    assertThatThrownBy(plan::activate).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(plan::returnToDraft).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(plan::revise).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aSubmittedPlanCannotBeArchivedOrChangedUntilDecided() {
    plan.submit();
    assertThatThrownBy(plan::archive).hasMessageContaining("waiting for a decision");
    assertThatThrownBy(() -> plan.describe("X", "Changed", PlanType.SERVICE_PLAN, null))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("Return it to draft before changing it");
    plan.returnToDraft();
    plan.describe("SP-REV", "Changed", PlanType.SERVICE_PLAN, null);
    assertThat(plan.getTitle()).isEqualTo("Changed");
  }

  @Test
  void anArchivedPlanIsFinal() {
    plan.archive();
    assertThatThrownBy(plan::submit).hasMessageContaining("has been archived");
    assertThatThrownBy(plan::revise).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> plan.setPeriod(APRIL, MARCH)).hasMessageContaining("archived");
  }

  @Test
  void anApprovedPlanCanBeRevisedBackToDraft() {
    plan.submit();
    plan.approve(APRIL);
    plan.activate();
    plan.revise();
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void approvalSetsTheNextReviewOnePeriodAfterTheDecision() {
    plan.scheduleReviews(ReviewFrequency.QUARTERLY, null);
    plan.submit();
    plan.approve(LocalDate.of(2026, 3, 10));
    assertThat(plan.getNextReviewDate()).isEqualTo(LocalDate.of(2026, 6, 10));
  }

  @Test
  void approvalKeepsALaterReviewDateAlreadySet() {
    plan.scheduleReviews(ReviewFrequency.QUARTERLY, LocalDate.of(2026, 9, 30));
    plan.submit();
    plan.approve(LocalDate.of(2026, 3, 10));
    assertThat(plan.getNextReviewDate()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void refusesAPlanThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> new Plan("X", "Backwards", PlanType.PROJECT, MARCH, APRIL))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "periodEnd");
  }

  @Test
  void aReviewIsOverdueTheDayAfterItsDateUnlessArchived() {
    plan.scheduleReviews(ReviewFrequency.ANNUALLY, LocalDate.of(2026, 10, 1));
    assertThat(plan.isReviewOverdue(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(plan.isReviewOverdue(LocalDate.of(2026, 10, 2))).isTrue();
    plan.archive();
    assertThat(plan.isReviewOverdue(LocalDate.of(2026, 10, 2))).isFalse();
  }

  @Test
  void everyStatusHasItsAllowedNextSteps() {
    assertThat(PlanStatus.DRAFT.next())
        .containsExactlyInAnyOrder(PlanStatus.SUBMITTED, PlanStatus.ARCHIVED);
    assertThat(PlanStatus.SUBMITTED.next())
        .containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.APPROVED);
    assertThat(PlanStatus.APPROVED.next())
        .containsExactlyInAnyOrder(PlanStatus.ACTIVE, PlanStatus.DRAFT, PlanStatus.ARCHIVED);
    assertThat(PlanStatus.ACTIVE.next())
        .containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.ARCHIVED);
    assertThat(PlanStatus.ARCHIVED.next()).isEmpty();
  }
}
