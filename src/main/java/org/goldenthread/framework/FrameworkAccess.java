package org.goldenthread.framework;

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

  FrameworkAccess(ResponsibilityPolicy policy, PlanService plans, FrameworkService items) {
    this.policy = policy;
    this.plans = plans;
    this.items = items;
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
