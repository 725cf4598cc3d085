package org.goldenthread.organisation.governance;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationForm;
import org.goldenthread.organisation.OrganisationKind;
import org.goldenthread.organisation.OrganisationRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's organisations, bodies and portfolios: who decides and who answers for what. */
@Service
@Transactional
public class GovernanceService {

  private final OrganisationRepository organisations;
  private final BodyRepository bodies;
  private final BodyMembershipRepository memberships;
  private final PortfolioRepository portfolios;
  private final PersonRepository people;
  private final OrgUnitRepository units;

  GovernanceService(
      OrganisationRepository organisations,
      BodyRepository bodies,
      BodyMembershipRepository memberships,
      PortfolioRepository portfolios,
      PersonRepository people,
      OrgUnitRepository units) {
    this.organisations = organisations;
    this.bodies = bodies;
    this.memberships = memberships;
    this.portfolios = portfolios;
    this.people = people;
    this.units = units;
  }

  // Organisations

  @Transactional(readOnly = true)
  public Optional<Organisation> council() {
    return organisations.findFirstByKindOrderByIdAsc(OrganisationKind.COUNCIL);
  }

  @Transactional(readOnly = true)
  public List<Organisation> partners() {
    return organisations.findByKindOrderByNameAsc(OrganisationKind.PARTNER);
  }

  @Transactional(readOnly = true)
  public Organisation organisation(long id) {
    return organisations
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Organisation", id));
  }

  public Organisation createPartner(OrganisationForm form) {
    Organisation partner =
        new Organisation(form.name().trim(), OrganisationKind.PARTNER, form.sector());
    partner.update(
        form.name().trim(),
        form.sector(),
        blankToNull(form.website()),
        blankToNull(form.description()));
    return organisations.save(partner);
  }

  public Organisation updateOrganisation(long id, OrganisationForm form) {
    Organisation organisation = organisation(id);
    Versioned.check("organisation", organisation.getVersion(), form.version());
    organisation.update(
        form.name().trim(),
        form.sector(),
        blankToNull(form.website()),
        blankToNull(form.description()));
    return organisation;
  }

  // Bodies

  @Transactional(readOnly = true)
  public List<Body> bodies() {
    return bodies.findAllByOrderBySortOrderAscNameAsc();
  }

  @Transactional(readOnly = true)
  public Body body(long id) {
    return bodies.findById(id).orElseThrow(() -> new RecordNotFoundException("Body", id));
  }

  @Transactional(readOnly = true)
  public List<BodyMembership> membersOf(Body body) {
    return memberships.findByBody(body);
  }

  @Transactional(readOnly = true)
  /** The bodies a partner organisation takes part in: those on which any of its people sit. */
  public Set<Long> bodyIdsOfOrganisation(long organisationId) {
    return Set.copyOf(memberships.bodyIdsOfOrganisation(organisationId));
  }

  public List<BodyMembership> seatsOf(Person person) {
    return memberships.findByPerson(person);
  }

  public Body createBody(BodyForm form) {
    Body body = new Body(form.name().trim(), form.type());
    applyBody(body, form);
    return bodies.save(body);
  }

  public Body updateBody(long id, BodyForm form) {
    Body body = body(id);
    Versioned.check("body", body.getVersion(), form.version());
    applyBody(body, form);
    return body;
  }

  private static void applyBody(Body body, BodyForm form) {
    body.update(form.name().trim(), form.type(), blankToNull(form.description()), form.order());
  }

  public BodyMembership addMember(long bodyId, MembershipForm form) {
    Body body = body(bodyId);
    Person person =
        people
            .findById(form.personId())
            .orElseThrow(
                () -> new RuleViolationException("personId", "Choose a person from the list."));
    if (memberships.findByBodyAndPerson(body, person).isPresent()) {
      throw new RuleViolationException(
          "personId", person.getFullName() + " is already on " + body.getName() + ".");
    }
    return memberships.save(new BodyMembership(body, person, form.role()));
  }

  public void removeMember(long bodyId, long membershipId) {
    BodyMembership membership =
        memberships
            .findById(membershipId)
            .filter(m -> m.getBody().getId() == bodyId)
            .orElseThrow(() -> new RecordNotFoundException("Membership", membershipId));
    memberships.delete(membership);
  }

  // Portfolios

  @Transactional(readOnly = true)
  public List<Portfolio> portfolios() {
    return portfolios.findAllWithHolders();
  }

  @Transactional(readOnly = true)
  public Portfolio portfolio(long id) {
    return portfolios.findById(id).orElseThrow(() -> new RecordNotFoundException("Portfolio", id));
  }

  @Transactional(readOnly = true)
  public List<Portfolio> portfoliosHeldBy(Person person) {
    return portfolios.findByHolderOrderByTitleAsc(person);
  }

  @Transactional(readOnly = true)
  public List<Portfolio> portfoliosCovering(OrgUnit service) {
    return portfolios.findByService(service);
  }

  public Portfolio createPortfolio(PortfolioForm form) {
    Portfolio portfolio = new Portfolio(form.title().trim(), null);
    applyPortfolio(portfolio, form);
    return portfolios.save(portfolio);
  }

  public Portfolio updatePortfolio(long id, PortfolioForm form) {
    Portfolio portfolio = portfolio(id);
    Versioned.check("portfolio", portfolio.getVersion(), form.version());
    applyPortfolio(portfolio, form);
    return portfolio;
  }

  private void applyPortfolio(Portfolio portfolio, PortfolioForm form) {
    Person holder =
        form.holderId() == null
            ? null
            : people
                .findById(form.holderId())
                .orElseThrow(
                    () -> new RuleViolationException("holderId", "Choose a holder from the list."));
    if (holder != null && holder.getType() != PersonType.COUNCILLOR) {
      throw new RuleViolationException(
          "holderId", "A portfolio is held by a councillor: choose a Cabinet member.");
    }
    Set<OrgUnit> services = new HashSet<>(units.findAllById(form.serviceIdsOrEmpty()));
    if (services.size() != new HashSet<>(form.serviceIdsOrEmpty()).size()) {
      throw new RuleViolationException("serviceIds", "Choose services from the list.");
    }
    portfolio.update(form.title().trim(), holder, blankToNull(form.description()));
    portfolio.replaceServices(services);
  }
}
