package org.goldenthread.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.account.UserAccount;
import org.goldenthread.intervention.InterventionEvaluation;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationKind;
import org.goldenthread.organisation.OrganisationRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.Sector;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.shared.DemoProperties;
import org.goldenthread.shared.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads "Example Borough Council" into an empty database on first start, so that a new install has
 * something to look at and every role has a sign-in to try. The council, its people and its
 * partners are invented; switch it off with GOLDENTHREAD_DEMO_ENABLED=false.
 */
@Component
@Order(0)
class DemoCouncilLoader implements ApplicationRunner {

  /** The password of every demo sign-in (listed in the README). */
  static final String DEMO_PASSWORD = "demo-password";

  private static final Logger log = LoggerFactory.getLogger(DemoCouncilLoader.class);

  private final DemoProperties settings;
  private final OrganisationRepository organisations;
  private final OrgUnitRepository units;
  private final PersonRepository people;
  private final AccountService accounts;
  private final DemoGovernance governance;
  private final DemoFramework framework;
  private final DemoIndicators indicators;
  private final DemoActions actions;
  private final DemoRisks risks;
  private final DemoReports reports;
  private final DemoCycle cycle;
  private final InterventionEvaluation evaluation;
  private final DemoLadder ladder;
  private final DemoClinic clinic;

  private final Map<String, OrgUnit> unitsByCode = new HashMap<>();
  private final Map<String, Person> peopleByKey = new HashMap<>();
  private final Map<String, PersonRef> signIns = new HashMap<>();
  private final Map<String, Body> bodiesByName = new HashMap<>();
  private final Map<String, Portfolio> portfoliosByService = new HashMap<>();

  DemoCouncilLoader(
      DemoProperties settings,
      OrganisationRepository organisations,
      OrgUnitRepository units,
      PersonRepository people,
      AccountService accounts,
      DemoGovernance governance,
      DemoFramework framework,
      DemoIndicators indicators,
      DemoActions actions,
      DemoRisks risks,
      DemoReports reports,
      DemoCycle cycle,
      InterventionEvaluation evaluation,
      DemoLadder ladder,
      DemoClinic clinic) {
    this.clinic = clinic;
    this.settings = settings;
    this.organisations = organisations;
    this.units = units;
    this.people = people;
    this.accounts = accounts;
    this.governance = governance;
    this.framework = framework;
    this.indicators = indicators;
    this.actions = actions;
    this.risks = risks;
    this.reports = reports;
    this.cycle = cycle;
    this.evaluation = evaluation;
    this.ladder = ladder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!settings.enabled() || organisations.count() > 0) {
      return;
    }
    log.info("Empty database: loading the demo council (Example Borough Council)");
    loadStructure();
    loadOfficers();
    loadCouncillors();
    Map<String, Organisation> partners = loadPartners();
    governance.load(peopleByKey, unitsByCode, bodiesByName, portfoliosByService);
    loadAccounts();
    framework.load(peopleByKey, unitsByCode, bodiesByName);
    // Each indicator's history goes through the intervention ladder once, when it is all loaded.
    evaluation.deferring(
        () -> {
          indicators.load(peopleByKey, unitsByCode, portfoliosByService);
          return null;
        });
    ladder.load(peopleByKey);
    // The police record anti-social behaviour: their partner users enter the monthly figure.
    indicators.provideDataBy("CSP-01", partners.get("police"));
    actions.load(peopleByKey, bodiesByName);
    risks.load(peopleByKey, unitsByCode, bodiesByName);
    clinic.load(bodiesByName, signIns.get("admin"));
    reports.load(bodiesByName, peopleByKey, signIns.get("admin"), signIns.get("director"));
    cycle.load(peopleByKey, signIns.get("admin"));
    // The web server is already listening; this line tells the person waiting that signing in
    // will now work.
    log.info("Demo council loaded: sign in with the demo accounts listed in the README");
  }

  private void loadStructure() {
    Organisation council =
        new Organisation(
            "Example Borough Council", OrganisationKind.COUNCIL, Sector.LOCAL_GOVERNMENT);
    council.update(
        "Example Borough Council",
        Sector.LOCAL_GOVERNMENT,
        "https://www.example.gov.uk",
        "A demonstration borough council. Its people, places and figures are invented.");
    organisations.save(council);
    unit("EBC", "Example Borough Council", OrgUnitType.COUNCIL, null);
    unit("CEX", "Chief Executive's Office", OrgUnitType.DIRECTORATE, "EBC");
    unit("RES", "Resources", OrgUnitType.DIRECTORATE, "EBC");
    unit("PLACE", "Place", OrgUnitType.DIRECTORATE, "EBC");
    unit("PEOPLE", "People and Communities", OrgUnitType.DIRECTORATE, "EBC");
    unit("PPP", "Policy, Performance and Partnerships", OrgUnitType.SERVICE, "CEX");
    unit("COMMS", "Communications and Engagement", OrgUnitType.SERVICE, "CEX");
    unit("LDS", "Legal and Democratic Services", OrgUnitType.SERVICE, "CEX");
    unit("FIN", "Finance", OrgUnitType.SERVICE, "RES");
    unit("REVBEN", "Revenues and Benefits", OrgUnitType.SERVICE, "RES");
    unit("ICT", "ICT and Digital", OrgUnitType.SERVICE, "RES");
    unit("HR", "Human Resources and Organisational Development", OrgUnitType.SERVICE, "RES");
    unit("PLAN", "Planning and Building Control", OrgUnitType.SERVICE, "PLACE");
    unit("WASTE", "Waste and Street Scene", OrgUnitType.SERVICE, "PLACE");
    unit("HSG", "Housing", OrgUnitType.SERVICE, "PLACE");
    unit("ECON", "Economic Development and Regeneration", OrgUnitType.SERVICE, "PLACE");
    unit("CSAFE", "Community Safety", OrgUnitType.SERVICE, "PEOPLE");
    unit("LEIS", "Leisure and Culture", OrgUnitType.SERVICE, "PEOPLE");
    unit("EHL", "Environmental Health and Licensing", OrgUnitType.SERVICE, "PEOPLE");
    unit("CUST", "Customer Services", OrgUnitType.SERVICE, "PEOPLE");
    unit("PERF", "Performance and Improvement", OrgUnitType.TEAM, "PPP");
    unit("REV", "Revenues", OrgUnitType.TEAM, "REVBEN");
    unit("BEN", "Benefits", OrgUnitType.TEAM, "REVBEN");
    unit("DM", "Development Management", OrgUnitType.TEAM, "PLAN");
    unit("PPOL", "Planning Policy", OrgUnitType.TEAM, "PLAN");
    unit("COLL", "Waste Collection", OrgUnitType.TEAM, "WASTE");
    unit("CLEAN", "Street Cleansing", OrgUnitType.TEAM, "WASTE");
    unit("HOPT", "Housing Options", OrgUnitType.TEAM, "HSG");
    unit("CONTACT", "Contact Centre", OrgUnitType.TEAM, "CUST");
  }

  private void unit(String code, String name, OrgUnitType type, String parentCode) {
    OrgUnit unit =
        new OrgUnit(name, code, type, parentCode == null ? null : unitsByCode.get(parentCode));
    unit.setSortOrder(unitsByCode.size());
    unitsByCode.put(code, units.save(unit));
  }

  private void loadOfficers() {
    officer("ceo", "Helen Marsh", "Chief Executive", "EBC", null, true);
    officer("dres", "David Okafor", "Director of Resources", "RES", "ceo", true);
    officer("dplace", "Sarah Whitfield", "Director of Place", "PLACE", "ceo", true);
    officer(
        "dpeople", "Imran Qureshi", "Director of People and Communities", "PEOPLE", "ceo", true);
    officer(
        "hppp", "Rachel Green", "Head of Policy, Performance and Partnerships", "PPP", "ceo", true);
    officer("hcomms", "Tom Barnes", "Head of Communications and Engagement", "COMMS", "ceo", true);
    officer(
        "hlds",
        "Angela Price",
        "Head of Legal and Democratic Services (Monitoring Officer)",
        "LDS",
        "ceo",
        true);
    officer("hfin", "Mark Henderson", "Head of Finance (Section 151 Officer)", "FIN", "dres", true);
    officer("hrevben", "Priya Shah", "Head of Revenues and Benefits", "REVBEN", "dres", true);
    officer("hict", "Gareth Evans", "Head of ICT and Digital", "ICT", "dres", true);
    officer("hhr", "Linda Moss", "Head of HR and Organisational Development", "HR", "dres", true);
    officer(
        "hplan", "James Carter", "Head of Planning and Building Control", "PLAN", "dplace", true);
    officer("hwaste", "Kevin O'Brien", "Head of Waste and Street Scene", "WASTE", "dplace", true);
    officer("hhsg", "Fatima Begum", "Head of Housing", "HSG", "dplace", true);
    officer("hecon", "Oliver Grant", "Head of Economic Development", "ECON", "dplace", true);
    officer("hcsafe", "Claire Dawson", "Head of Community Safety", "CSAFE", "dpeople", true);
    officer("hleis", "Stephen Hughes", "Head of Leisure and Culture", "LEIS", "dpeople", true);
    officer(
        "hehl",
        "Nadia Ahmed",
        "Head of Environmental Health and Licensing",
        "EHL",
        "dpeople",
        true);
    officer("hcust", "Paul Wright", "Head of Customer Services", "CUST", "dpeople", true);
    officer("perf", "Ben Taylor", "Performance and Improvement Manager", "PERF", "hppp", true);
    officer("analyst", "Chloe Adams", "Performance Analyst", "PERF", "perf", false);
    officer("revlead", "Joanne Reed", "Revenues Team Leader", "REV", "hrevben", true);
    officer("revofficer", "Sam Patel", "Revenues Officer", "REV", "revlead", false);
    officer("benlead", "Mohammed Ali", "Benefits Team Leader", "BEN", "hrevben", true);
    officer("dmlead", "Hannah Scott", "Development Management Manager", "DM", "hplan", true);
    officer("wastelead", "Darren Cole", "Waste Operations Manager", "COLL", "hwaste", true);
    officer("hoptlead", "Emma Lewis", "Housing Options Manager", "HOPT", "hhsg", true);
    officer("contactlead", "Ryan Mitchell", "Contact Centre Manager", "CONTACT", "hcust", true);
  }

  private void officer(
      String key, String name, String title, String unitCode, String managerKey, boolean heads) {
    Person person = new Person(name, PersonType.OFFICER);
    person.updateContact(title, emailOf(name), "01632 960 " + (100 + peopleByKey.size()));
    OrgUnit unit = unitsByCode.get(unitCode);
    person.placeIn(unit, managerKey == null ? null : peopleByKey.get(managerKey));
    peopleByKey.put(key, people.save(person));
    if (heads) {
      unit.setHead(person);
    }
  }

  private static String emailOf(String name) {
    return name.toLowerCase().replace("'", "").replace(' ', '.') + "@example.gov.uk";
  }

  private void loadCouncillors() {
    councillor("leader", "Cllr John Whitaker", "Abbey", "Labour");
    councillor("deputy", "Cllr Margaret Ellis", "Castle", "Labour");
    councillor("housing", "Cllr Aisha Rahman", "Riverside", "Labour");
    councillor("environment", "Cllr Peter Lowe", "Northgate", "Labour");
    councillor("planning", "Cllr Susan Clarke", "St Mary's", "Labour");
    councillor("leisure", "Cllr Daniel Hart", "Westfield", "Labour");
    councillor("scrutiny", "Cllr Robert Fenwick", "Parkside", "Conservative");
    councillor("audit", "Cllr Gemma Walsh", "Mill Lane", "Liberal Democrat");
    councillor("member1", "Cllr Tariq Hussain", "Oakwood", "Conservative");
    councillor("member2", "Cllr Lucy Brennan", "Southbrook", "Green");
  }

  private void councillor(String key, String name, String ward, String party) {
    Person person = new Person(name, PersonType.COUNCILLOR);
    person.updateContact(null, emailOf(name.replace("Cllr ", "cllr ")), null);
    person.representWard(ward, party);
    peopleByKey.put(key, people.save(person));
  }

  private Map<String, Organisation> loadPartners() {
    Map<String, Organisation> partners = new HashMap<>();
    partners.put("police", partner("Exampleshire Police", Sector.POLICE));
    partners.put("health", partner("Exampleshire Integrated Care Board", Sector.HEALTH));
    partners.put("cvs", partner("Example Council for Voluntary Service", Sector.VOLUNTARY));
    partnerContact(
        "policecontact",
        "Inspector Karen Lloyd",
        "Neighbourhood Policing Inspector",
        partners.get("police"));
    partnerContact("healthcontact", "Dr Alan Turner", "Place Director", partners.get("health"));
    partnerContact("cvscontact", "Mary O'Connor", "Chief Officer", partners.get("cvs"));
    return partners;
  }

  private Organisation partner(String name, Sector sector) {
    return organisations.save(new Organisation(name, OrganisationKind.PARTNER, sector));
  }

  private void partnerContact(String key, String name, String title, Organisation organisation) {
    Person person = new Person(name, PersonType.PARTNER);
    person.updateContact(title, null, null);
    person.belongTo(organisation);
    peopleByKey.put(key, people.save(person));
  }

  private void loadAccounts() {
    demoAccount("admin", "perf", Role.ADMIN, Role.OFFICER);
    demoAccount("officer", "revofficer", Role.OFFICER);
    demoAccount("manager", "hrevben", Role.MANAGER, Role.OFFICER);
    demoAccount("director", "dres", Role.DIRECTOR, Role.MANAGER, Role.OFFICER);
    demoAccount("councillor", "deputy", Role.MEMBER);
    demoAccount("partner", "policecontact", Role.PARTNER);
  }

  private void demoAccount(String username, String personKey, Role... roles) {
    UserAccount account =
        accounts.createDemo(username, peopleByKey.get(personKey), Set.of(roles), DEMO_PASSWORD);
    signIns.put(username, account.recordedAs());
  }
}
