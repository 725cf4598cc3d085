package org.goldenthread.framework;

import java.util.List;
import java.util.Set;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change plans and items, following responsibility (SPEC §12): a plan's owner and the
 * managers of its unit change the plan and its items; an item's responsible and accountable people
 * change the item; administrators change anything. Used as {@code @frameworkAccess} in
 * {@code @PreAuthorize} and in templates.
 */
@Component("frameworkAccess")
@Transactional(readOnly = true)
public class FrameworkAccess {

  private final ResponsibilityPolicy policy;
  private final PlanService plans;
  private final FrameworkService items;
  private final PartnerScopes partners;
  private final PlanRepository planRecords;
  private final FrameworkItemRepository itemRecords;

  FrameworkAccess(
      ResponsibilityPolicy policy,
      PlanService plans,
      FrameworkService items,
      PartnerScopes partners,
      PlanRepository planRecords,
      FrameworkItemRepository itemRecords) {
    this.policy = policy;
    this.plans = plans;
    this.items = items;
    this.partners = partners;
    this.planRecords = planRecords;
    this.itemRecords = itemRecords;
  }

  /** Staff and members read every plan; a partner user those their organisation takes part in. */
  public boolean canReadPlan(Authentication authentication, long planId) {
    return partners.canRead(authentication, planId, this::visiblePlanIds);
  }

  public boolean canReadItem(Authentication authentication, long itemId) {
    return partners.canRead(authentication, itemId, this::visibleItemIds);
  }

  /** Only the plans a partner user reads, from a list; everyone else reads them all. */
  public List<Plan> visiblePlans(Authentication authentication, List<Plan> all) {
    return partners.visible(authentication, all, this::visiblePlanIds, Plan::getId);
  }

  /** The plans a partner organisation takes part in (see {@link PartnerScope}). */
  public Set<Long> visiblePlanIds(PartnerScope scope) {
    return Set.copyOf(
        planRecords.idsTakenPartInBy(scope.organisationIdOrNone(), scope.bodyIdsOrNone()));
  }

  /** Their items, and the items the organisation's people or bodies answer for. */
  public Set<Long> visibleItemIds(PartnerScope scope) {
    Set<Long> planIds = visiblePlanIds(scope);
    return Set.copyOf(
        itemRecords.idsTakenPartInBy(
            scope.organisationIdOrNone(),
            planIds.isEmpty() ? Set.of(-1L) : planIds,
            scope.bodyIdsOrNone()));
  }

  public boolean canEditPlan(Authentication authentication, Long planId) {
    if (planId == null) {
      return policy.hasAnyRole(authentication, Role.ADMIN);
    }
    return policy.canEdit(authentication, plans.get(planId).responsibility());
  }

  public boolean canEditItem(Authentication authentication, long itemId) {
    FrameworkItem item = items.get(itemId);
    return policy.canEdit(authentication, item.responsibility())
        || (item.getPlan() != null && canEditPlan(authentication, item.getPlan().getId()));
  }

  /** Recording a body's decision, and archiving, is for the performance team and directors. */
  public boolean canDecide(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN, Role.DIRECTOR);
  }
}
