package org.goldenthread.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in person reads as a partner user, and if so their {@link PartnerScope}. Staff
 * and members read the council's whole record; an account holding only the partner role reads its
 * organisation's part.
 */
@Component
@Transactional(readOnly = true)
public class PartnerScopes {

  private final PersonService people;
  private final GovernanceService governance;

  PartnerScopes(PersonService people, GovernanceService governance) {
    this.people = people;
    this.governance = governance;
  }

  /** Empty for everyone who is not limited to a partner organisation's part. */
  public Optional<PartnerScope> of(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
      return Optional.empty();
    }
    if (!limitedToPartnership(user)) {
      return Optional.empty();
    }
    Long personId = user.personId();
    Person person = personId == null ? null : people.get(personId);
    if (person == null || person.getOrganisation() == null) {
      return Optional.of(new PartnerScope(null, personId, Set.of()));
    }
    long organisationId = person.getOrganisation().getId();
    return Optional.of(
        new PartnerScope(
            organisationId, personId, governance.bodyIdsOfOrganisation(organisationId)));
  }

  /**
   * Whether the signed-in person reads a record: everyone but a partner user does; a partner user
   * when it is among the ids their scope gives.
   */
  public boolean canRead(
      Authentication authentication, long id, Function<PartnerScope, Set<Long>> visibleIds) {
    return of(authentication).map(scope -> visibleIds.apply(scope).contains(id)).orElse(true);
  }

  /** From a list, only what the signed-in person reads (see {@link #canRead}). */
  public <T> List<T> visible(
      Authentication authentication,
      List<T> all,
      Function<PartnerScope, Set<Long>> visibleIds,
      Function<T, Long> idOf) {
    return of(authentication)
        .map(
            scope -> {
              Set<Long> ids = visibleIds.apply(scope);
              return all.stream().filter(x -> ids.contains(idOf.apply(x))).toList();
            })
        .orElse(all);
  }

  /** A partner user who holds no staff or member role as well. */
  public static boolean limitedToPartnership(CurrentUser user) {
    return user.has(Role.PARTNER) && user.roles().stream().allMatch(r -> r == Role.PARTNER);
  }
}
