package org.goldenthread.intervention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the roles of the ladder are for one intervention: the responsible officer and accountable
 * person of its indicator (an action's lead officer and accountable person), the director who heads
 * the directorate it sits in, the portfolio holder whose portfolio covers it, and the council's
 * officer board and scrutiny committee as bodies. A role the records do not fill is left empty.
 */
@Component
@Transactional(readOnly = true)
public class InterventionActors {

  /** A person or body who must act, with the page that shows them. */
  public record Named(String name, String link, Long personId) {}

  /** A role and who fills it for the intervention (none: the records do not say). */
  public record Actor(Role role, List<Named> who) {

    public String label() {
      return role.label();
    }

    /** "Sam Patel (the responsible officer)", or the role and that no one is recorded. */
    public String describe() {
      if (who.isEmpty()) {
        return role.label() + ": no one is recorded";
      }
      return String.join(", ", who.stream().map(Named::name).toList())
          + " ("
          + role.label().toLowerCase(java.util.Locale.UK)
          + ")";
    }
  }

  private final GovernanceService governance;

  InterventionActors(GovernanceService governance) {
    this.governance = governance;
  }

  /** Each role, in the order given, with who fills it. */
  public List<Actor> resolve(Intervention intervention, List<Role> roles) {
    Map<Role, Actor> found = new LinkedHashMap<>();
    for (Role role : roles) {
      found.computeIfAbsent(role, r -> new Actor(r, who(intervention, r)));
    }
    return List.copyOf(found.values());
  }

  /** The people (not bodies) who fill a role: those who are told. */
  public List<Long> people(Intervention intervention, Role role) {
    return who(intervention, role).stream()
        .map(Named::personId)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  public Optional<Person> responsible(Intervention intervention) {
    return Optional.ofNullable(
        intervention.getIndicator() != null
            ? intervention.getIndicator().getResponsible()
            : intervention.getAction().getLeadOfficer());
  }

  public Optional<Person> accountable(Intervention intervention) {
    return Optional.ofNullable(
        intervention.getIndicator() != null
            ? intervention.getIndicator().getAccountable()
            : intervention.getAction().getAccountable());
  }

  /** The head of the directorate the subject's unit sits in (or is). */
  public Optional<Person> director(Intervention intervention) {
    for (OrgUnit unit = unit(intervention); unit != null; unit = unit.getParent()) {
      if (unit.getType() == OrgUnitType.DIRECTORATE) {
        return Optional.ofNullable(unit.getHead());
      }
    }
    return Optional.empty();
  }

  private static OrgUnit unit(Intervention intervention) {
    return intervention.getIndicator() != null
        ? intervention.getIndicator().getOrgUnit()
        : intervention.getAction().getOrgUnit();
  }

  private List<Named> who(Intervention intervention, Role role) {
    return switch (role) {
      case RESPONSIBLE_OFFICER -> person(responsible(intervention));
      case ACCOUNTABLE_PERSON -> person(accountable(intervention));
      case DIRECTOR -> person(director(intervention));
      case PORTFOLIO_HOLDER -> portfolioHolders(intervention);
      case OFFICER_BOARD -> bodies(BodyType.OFFICER_BOARD);
      case SCRUTINY_COMMITTEE -> bodies(BodyType.SCRUTINY_COMMITTEE);
    };
  }

  private static List<Named> person(Optional<Person> person) {
    return person.map(p -> List.of(named(p))).orElse(List.of());
  }

  private static Named named(Person p) {
    return new Named(p.getFullName(), "/people/" + p.getId(), p.getId());
  }

  /** The indicator's own portfolio, else those covering its unit or the units above it. */
  private List<Named> portfolioHolders(Intervention intervention) {
    List<Portfolio> portfolios = new ArrayList<>();
    if (intervention.getIndicator() != null && intervention.getIndicator().getPortfolio() != null) {
      portfolios.add(intervention.getIndicator().getPortfolio());
    }
    for (OrgUnit unit = unit(intervention);
        unit != null && portfolios.isEmpty();
        unit = unit.getParent()) {
      portfolios.addAll(governance.portfoliosCovering(unit));
    }
    return portfolios.stream()
        .map(Portfolio::getHolder)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .map(InterventionActors::named)
        .toList();
  }

  private List<Named> bodies(BodyType type) {
    return governance.bodies().stream()
        .filter(b -> b.getType() == type)
        .map(InterventionActors::named)
        .toList();
  }

  private static Named named(Body body) {
    return new Named(body.getName(), "/bodies/" + body.getId(), null);
  }
}
