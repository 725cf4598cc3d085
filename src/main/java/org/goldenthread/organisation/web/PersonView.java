package org.goldenthread.organisation.web;

import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonType;

/** A person as the JSON API shows them. */
public record PersonView(
    long id,
    String fullName,
    PersonType type,
    String jobTitle,
    String email,
    String phone,
    Long orgUnitId,
    Long lineManagerId,
    String ward,
    String party,
    Long organisationId,
    boolean active,
    long version) {

  static PersonView of(Person p) {
    return of(p, true);
  }

  /** Without the email address and telephone when the reader may not see them. */
  static PersonView of(Person p, boolean withContact) {
    return new PersonView(
        p.getId(),
        p.getFullName(),
        p.getType(),
        p.getJobTitle(),
        withContact ? p.getEmail() : null,
        withContact ? p.getPhone() : null,
        p.getOrgUnit() == null ? null : p.getOrgUnit().getId(),
        p.getLineManager() == null ? null : p.getLineManager().getId(),
        p.getWard(),
        p.getParty(),
        p.getOrganisation() == null ? null : p.getOrganisation().getId(),
        p.isActive(),
        p.getVersion());
  }
}
