package org.goldenthread.intervention.clinic;

import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyMembershipRepository;
import org.goldenthread.organisation.governance.BodyRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who records clinics, used as {@code @clinicAccess}: the performance team (administrators) and the
 * members of the body that meets. Everyone else who reads clinics (staff and members) only reads.
 */
@Component("clinicAccess")
@Transactional(readOnly = true)
public class ClinicAccess {

  private final ClinicRepository clinics;
  private final BodyRepository bodies;
  private final BodyMembershipRepository memberships;
  private final PersonService people;

  ClinicAccess(
      ClinicRepository clinics,
      BodyRepository bodies,
      BodyMembershipRepository memberships,
      PersonService people) {
    this.clinics = clinics;
    this.bodies = bodies;
    this.memberships = memberships;
    this.people = people;
  }

  /** Whether the signed-in person records this clinic (an unknown one is left to answer 404). */
  public boolean canRecord(Authentication authentication, long clinicId) {
    return clinics
        .findById(clinicId)
        .map(c -> canRecordFor(authentication, c.getBody()))
        .orElse(true);
  }

  /** Whether the signed-in person plans clinics: administrators and members of any body. */
  public boolean canPlan(Authentication authentication) {
    CurrentUser user = user(authentication);
    if (user == null) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    return user.personId() != null
        && !memberships.findByPerson(people.get(user.personId())).isEmpty();
  }

  /** Whether the signed-in person records clinics of this body. */
  public boolean canRecordFor(Authentication authentication, long bodyId) {
    return bodies.findById(bodyId).map(b -> canRecordFor(authentication, b)).orElse(false);
  }

  boolean canRecordFor(Authentication authentication, Body body) {
    CurrentUser user = user(authentication);
    if (user == null) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    if (user.personId() == null) {
      return false;
    }
    Person me = people.get(user.personId());
    return memberships.findByBodyAndPerson(body, me).isPresent();
  }

  private static CurrentUser user(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }
}
