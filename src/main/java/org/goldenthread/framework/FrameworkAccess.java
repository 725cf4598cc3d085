package org.goldenthread.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
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
  private final OrgUnitService units;
  private final PersonService people;

  FrameworkAccess(
      ResponsibilityPolicy policy,
      PlanService plans,
      FrameworkService items,
      PartnerScopes partners,
      PlanRepository planRecords,
      FrameworkItemRepository itemRecords,
      OrgUnitService units,
      PersonService people) {
    this.policy = policy;
    this.plans = plans;
    this.items = items;
    this.partners = partners;
    this.planRecords = planRecords;
    this.itemRecords = itemRecords;
    this.units = units;
    this.people = people;
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
            scope.organisationIdOrNone(), PartnerScope.orNone(planIds), scope.bodyIdsOrNone()));
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

  /**
   * Recording a body's decision on a plan (approve, return, make active) and archiving it is for
   * the performance team, and for a director when the plan's unit is in or under a directorate they
   * lead or belong to; a plan of no unit, or of the whole council, only for the team.
   */
  public boolean canDecide(Authentication authentication, long planId) {
    if (policy.hasAnyRole(authentication, Role.ADMIN)) {
      return true;
    }
    if (!policy.hasAnyRole(authentication, Role.DIRECTOR)
        || !(authentication.getPrincipal() instanceof CurrentUser user)
        || user.personId() == null) {
      return false;
    }
    OrgUnit unit = plans.get(planId).getOrgUnit();
    return unit != null && directorateUnitsOf(user.personId()).contains(unit.getId());
  }

  /**
   * The units a director answers for: those they lead, and their own directorate, with all below.
   */
  private Set<Long> directorateUnitsOf(long personId) {
    Set<Long> result = new HashSet<>(units.unitIdsLedBy(personId));
    Person person = people.get(personId);
    for (OrgUnit unit = person.getOrgUnit(); unit != null; unit = unit.getParent()) {
      if (unit.getType() == OrgUnitType.DIRECTORATE) {
        result.addAll(units.unitIdsWithin(Set.of(unit.getId())));
        break;
      }
    }
    return result;
  }
}
