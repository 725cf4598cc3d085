package org.goldenthread.intervention;

import java.util.Optional;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.organisation.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may act on an intervention, used as {@code @interventionAccess}: the responsible officer
 * proposes remedial plans, the accountable person agrees or rejects them, the director of the
 * directorate records reviews; the performance team (administrators) may do each. An unknown
 * intervention is left to answer 404.
 */
@Component("interventionAccess")
@Transactional(readOnly = true)
public class InterventionAccess {

  private final InterventionRepository interventions;
  private final InterventionActors actors;

  InterventionAccess(InterventionRepository interventions, InterventionActors actors) {
    this.interventions = interventions;
    this.actors = actors;
  }

  public boolean canPropose(Authentication authentication, long interventionId) {
    return check(authentication, interventionId, actors::responsible);
  }

  public boolean canDecide(Authentication authentication, long interventionId) {
    return check(authentication, interventionId, actors::accountable);
  }

  public boolean canReview(Authentication authentication, long interventionId) {
    return check(authentication, interventionId, actors::director);
  }

  /** The same, for an intervention already loaded (the page's buttons). */
  public boolean canPropose(Authentication authentication, Intervention intervention) {
    return is(authentication, actors.responsible(intervention));
  }

  public boolean canDecide(Authentication authentication, Intervention intervention) {
    return is(authentication, actors.accountable(intervention));
  }

  public boolean canReview(Authentication authentication, Intervention intervention) {
    return is(authentication, actors.director(intervention));
  }

  private boolean check(
      Authentication authentication,
      long interventionId,
      java.util.function.Function<Intervention, Optional<Person>> who) {
    return interventions
        .findById(interventionId)
        .map(i -> is(authentication, who.apply(i)))
        .orElse(true);
  }

  private static boolean is(Authentication authentication, Optional<Person> person) {
    if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
      return false;
    }
    if (user.has(org.goldenthread.account.Role.ADMIN)) {
      return true;
    }
    return user.personId() != null
        && person.map(p -> user.personId().equals(p.getId())).orElse(false);
  }
}
