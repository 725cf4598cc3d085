package org.goldenthread.account;

import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.Responsibility;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a record (SPEC §12): administrators anything; otherwise the record's responsible
 * or accountable person, and managers and directors for records of the units they lead. Used as
 * {@code @PreAuthorize("@access.canEdit(authentication, ...)")}; later capabilities hand it their
 * own records' {@link Responsibility}.
 */
@Component("access")
@Transactional(readOnly = true)
public class ResponsibilityPolicy {

  private final OrgUnitService units;
  private final PersonService people;

  ResponsibilityPolicy(OrgUnitService units, PersonService people) {
    this.units = units;
    this.people = people;
  }

  public boolean canEdit(Authentication authentication, Responsibility record) {
    if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    Long me = user.personId();
    if (me == null) {
      return false;
    }
    if (me.equals(record.responsiblePersonId()) || me.equals(record.accountablePersonId())) {
      return true;
    }
    return (user.has(Role.MANAGER) || user.has(Role.DIRECTOR))
        && record.orgUnitId() != null
        && units.unitIdsLedBy(me).contains(record.orgUnitId());
  }

  /**
   * A person's contact details: the person themselves, their line manager, or who leads their unit.
   */
  public boolean canEditPerson(Authentication authentication, long personId) {
    Person person = people.get(personId);
    return canEdit(
        authentication,
        new Responsibility(
            person.getId(),
            person.getLineManager() == null ? null : person.getLineManager().getId(),
            person.getOrgUnit() == null ? null : person.getOrgUnit().getId()));
  }

  /** Whether the signed-in person holds any of these roles, whatever they are responsible for. */
  public boolean hasAnyRole(Authentication authentication, Role... roles) {
    if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
      return false;
    }
    for (Role role : roles) {
      if (user.has(role)) {
        return true;
      }
    }
    return false;
  }
}
