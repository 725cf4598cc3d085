package org.goldenthread.action;

import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with actions and decisions (SPEC §12): the lead officer, the accountable person
 * and whoever leads the action's unit update it; managers, directors and the performance team set
 * actions up and record decisions. Used as {@code @actionAccess}.
 */
@Component("actionAccess")
@Transactional(readOnly = true)
public class ActionAccess {

  private final ResponsibilityPolicy policy;
  private final ActionService actions;

  ActionAccess(ResponsibilityPolicy policy, ActionService actions) {
    this.policy = policy;
    this.actions = actions;
  }

  /** Reporting progress, and ticking off milestones. */
  public boolean canUpdate(Authentication authentication, long actionId) {
    return canUpdate(authentication, actions.get(actionId));
  }

  public boolean canUpdate(Authentication authentication, Action action) {
    return policy.canEdit(authentication, action.responsibility());
  }

  /** Changing what the action is, who leads it and when it is due. */
  public boolean canEdit(Authentication authentication, long actionId) {
    return canCreate(authentication) && canUpdate(authentication, actionId);
  }

  public boolean canCreate(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN, Role.DIRECTOR, Role.MANAGER);
  }

  /** Recording committee decisions is the performance and democratic services team's job. */
  public boolean canRecordDecisions(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN, Role.DIRECTOR);
  }
}
