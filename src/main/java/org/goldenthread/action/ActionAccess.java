package org.goldenthread.action;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.goldenthread.framework.FrameworkAccess;
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

  private final PartnerScopes partners;
  private final FrameworkAccess framework;
  private final ActionRepository records;

  ActionAccess(
      ResponsibilityPolicy policy,
      ActionService actions,
      PartnerScopes partners,
      FrameworkAccess framework,
      ActionRepository records) {
    this.policy = policy;
    this.actions = actions;
    this.partners = partners;
    this.framework = framework;
    this.records = records;
  }

  /** Staff and members read every action; a partner user their organisation's part. */
  public boolean canRead(Authentication authentication, long actionId) {
    return partners.canRead(authentication, actionId, this::visibleIds);
  }

  /** The same, for the API's addresses by code (an unknown code is left to answer 404). */
  public boolean canReadCode(Authentication authentication, String code) {
    return records
        .findByCodeIgnoreCase(code)
        .map(action -> canRead(authentication, action.getId()))
        .orElse(true);
  }

  /** The actions a partner organisation takes part in (see {@link PartnerScope}). */
  public Set<Long> visibleIds(PartnerScope scope) {
    Set<Long> items = framework.visibleItemIds(scope);
    return Set.copyOf(
        records.idsTakenPartInBy(scope.organisationIdOrNone(), PartnerScope.orNone(items)));
  }

  /** Only the actions a partner user reads, from a list; everyone else reads them all. */
  public <T> List<T> visible(
      Authentication authentication, List<T> all, Function<T, Long> actionId) {
    return partners.visible(authentication, all, this::visibleIds, actionId);
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
