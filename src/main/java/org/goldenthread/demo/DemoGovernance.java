package org.goldenthread.demo;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyMembership;
import org.goldenthread.organisation.governance.BodyMembershipRepository;
import org.goldenthread.organisation.governance.BodyRepository;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.organisation.governance.PortfolioRepository;
import org.springframework.stereotype.Component;

/**
 * The demo council's bodies (Full Council, Cabinet, committees, partnership boards), their seats
 * and the Cabinet's portfolios.
 */
@Component
class DemoGovernance {

  private final BodyRepository bodies;
  private final BodyMembershipRepository memberships;
  private final PortfolioRepository portfolios;

  private Map<String, Person> peopleByKey;
  private Map<String, OrgUnit> unitsByCode;
  private Map<String, Body> bodiesByName;
  private Map<String, Portfolio> portfoliosByService;

  DemoGovernance(
      BodyRepository bodies, BodyMembershipRepository memberships, PortfolioRepository portfolios) {
    this.bodies = bodies;
    this.memberships = memberships;
    this.portfolios = portfolios;
  }

  /** Saves the bodies and portfolios, filling the two maps the rest of the demo finds them by. */
  void load(
      Map<String, Person> peopleByKey,
      Map<String, OrgUnit> unitsByCode,
      Map<String, Body> bodiesByName,
      Map<String, Portfolio> portfoliosByService) {
    this.peopleByKey = peopleByKey;
    this.unitsByCode = unitsByCode;
    this.bodiesByName = bodiesByName;
    this.portfoliosByService = portfoliosByService;
    loadBodies();
    loadPortfolios();
  }

  private void loadBodies() {
    Body council = body("Full Council", BodyType.FULL_COUNCIL, 0);
    for (String key :
        new String[] {
          "leader",
          "deputy",
          "housing",
          "environment",
          "planning",
          "leisure",
          "scrutiny",
          "audit",
          "member1",
          "member2"
        }) {
      seat(council, key, MembershipRole.MEMBER);
    }
    Body cabinet = body("Cabinet", BodyType.CABINET, 1);
    seat(cabinet, "leader", MembershipRole.CHAIR);
    seat(cabinet, "deputy", MembershipRole.VICE_CHAIR);
    for (String key : new String[] {"housing", "environment", "planning", "leisure"}) {
      seat(cabinet, key, MembershipRole.MEMBER);
    }
    // Democratic services clerk the council's meetings, and publish their report packs.
    seat(cabinet, "hlds", MembershipRole.CLERK);
    Body scrutiny = body("Overview and Scrutiny Committee", BodyType.SCRUTINY_COMMITTEE, 2);
    seat(scrutiny, "scrutiny", MembershipRole.CHAIR);
    seat(scrutiny, "member2", MembershipRole.VICE_CHAIR);
    seat(scrutiny, "member1", MembershipRole.MEMBER);
    seat(scrutiny, "audit", MembershipRole.MEMBER);
    seat(scrutiny, "hppp", MembershipRole.ADVISER);
    seat(scrutiny, "hlds", MembershipRole.CLERK);
    Body audit = body("Audit and Governance Committee", BodyType.AUDIT_COMMITTEE, 3);
    seat(audit, "audit", MembershipRole.CHAIR);
    seat(audit, "member1", MembershipRole.MEMBER);
    seat(audit, "member2", MembershipRole.MEMBER);
    seat(audit, "hfin", MembershipRole.ADVISER);
    seat(audit, "hlds", MembershipRole.CLERK);
    Body cmt = body("Corporate Management Team", BodyType.OFFICER_BOARD, 4);
    seat(cmt, "ceo", MembershipRole.CHAIR);
    for (String key : new String[] {"dres", "dplace", "dpeople", "hfin", "hlds"}) {
      seat(cmt, key, MembershipRole.MEMBER);
    }
    seat(cmt, "hppp", MembershipRole.ADVISER);
    Body dmt =
        body("Resources Directorate Management Team", BodyType.DIRECTORATE_MANAGEMENT_TEAM, 5);
    seat(dmt, "dres", MembershipRole.CHAIR);
    for (String key : new String[] {"hfin", "hrevben", "hict", "hhr"}) {
      seat(dmt, key, MembershipRole.MEMBER);
    }
    Body csp = body("Community Safety Partnership", BodyType.PARTNERSHIP_BOARD, 6);
    seat(csp, "hcsafe", MembershipRole.CHAIR);
    seat(csp, "policecontact", MembershipRole.VICE_CHAIR);
    seat(csp, "leisure", MembershipRole.MEMBER);
    seat(csp, "cvscontact", MembershipRole.MEMBER);
    Body hwb = body("Health and Wellbeing Partnership", BodyType.PARTNERSHIP_BOARD, 7);
    seat(hwb, "dpeople", MembershipRole.CHAIR);
    seat(hwb, "healthcontact", MembershipRole.VICE_CHAIR);
    seat(hwb, "cvscontact", MembershipRole.MEMBER);
    seat(hwb, "housing", MembershipRole.MEMBER);
  }

  private Body body(String name, BodyType type, int order) {
    Body body = new Body(name, type);
    body.update(name, type, null, order);
    Body saved = bodies.save(body);
    bodiesByName.put(name, saved);
    return saved;
  }

  private void seat(Body body, String personKey, MembershipRole role) {
    memberships.save(new BodyMembership(body, peopleByKey.get(personKey), role));
  }

  private void loadPortfolios() {
    portfolio("Leader: Strategy and Partnerships", "leader", "PPP", "COMMS", "LDS");
    portfolio("Finance and Resources", "deputy", "FIN", "REVBEN", "ICT", "HR");
    portfolio("Housing and Communities", "housing", "HSG", "CUST");
    portfolio("Environment and Waste", "environment", "WASTE", "EHL");
    portfolio("Planning and Economy", "planning", "PLAN", "ECON");
    portfolio("Leisure, Culture and Community Safety", "leisure", "LEIS", "CSAFE");
  }

  private void portfolio(String title, String holderKey, String... serviceCodes) {
    Portfolio portfolio = new Portfolio(title, peopleByKey.get(holderKey));
    Set<OrgUnit> services = new HashSet<>();
    for (String code : serviceCodes) {
      services.add(unitsByCode.get(code));
    }
    portfolio.replaceServices(services);
    Portfolio saved = portfolios.save(portfolio);
    for (String code : serviceCodes) {
      portfoliosByService.put(code, saved);
    }
  }
}
