package org.goldenthread.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.account.AccountForm;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.account.UserAccount;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanForm;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * A tiny council of a test's own, built through the product's services next to the demo: a service,
 * led by a manager with an officer reporting to them (each with a sign-in), a plan for the running
 * year, and a quarterly indicator the officer enters and the manager answers for, with a target.
 * Every code, name and username ends in a suffix of its own, so two tests (or two runs on one
 * database) never meet.
 *
 * <pre>
 * &#64;Autowired FixtureCouncil fixtures;
 * FixtureCouncil.Council council = fixtures.create();
 * mvc.perform(get("/").with(users.as(council.officerUsername()))) ...
 * </pre>
 */
@Component
public class FixtureCouncil {

  /** The password of every fixture sign-in. */
  public static final String PASSWORD = "fixture-password";

  /** What {@link #create} made. */
  public record Council(
      String suffix,
      OrgUnit service,
      Person officer,
      Person manager,
      UserAccount officerAccount,
      UserAccount managerAccount,
      Plan plan,
      Indicator indicator) {

    public String officerUsername() {
      return officerAccount.getUsername();
    }

    public String managerUsername() {
      return managerAccount.getUsername();
    }

    /** The person a service call is recorded as (the audit trail names them). */
    public PersonRef asOfficer() {
      return PersonRef.recorded(officer.getFullName(), officer.getId(), officerAccount.getId());
    }

    public PersonRef asManager() {
      return PersonRef.recorded(manager.getFullName(), manager.getId(), managerAccount.getId());
    }
  }

  private final OrgUnitService units;
  private final PersonService people;
  private final AccountService accounts;
  private final PlanService plans;
  private final IndicatorService indicators;
  private final Targets targets;
  private final DataEntry dataEntry;
  private final Clock clock;

  FixtureCouncil(
      OrgUnitService units,
      PersonService people,
      AccountService accounts,
      PlanService plans,
      IndicatorService indicators,
      Targets targets,
      DataEntry dataEntry,
      Clock clock) {
    this.units = units;
    this.people = people;
    this.accounts = accounts;
    this.plans = plans;
    this.indicators = indicators;
    this.targets = targets;
    this.dataEntry = dataEntry;
    this.clock = clock;
  }

  /** A code of its own, like {@code FX-3A9C1F}. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** The quarter whose figures are due today: the one the fixture's target is set for. */
  public Period dueQuarter() {
    return Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
  }

  /** A new council: see the class comment for what it holds. */
  public Council create() {
    String suffix = unique("FX").substring(3);
    OrgUnit service = service("Fixture service " + suffix);
    Person manager = person("Morgan Manager " + suffix, "Head of service", service, null);
    service = units.update(service.getId(), unitForm(service, manager));
    Person officer = person("Olly Officer " + suffix, "Performance officer", service, manager);
    UserAccount managerAccount = account("manager-" + suffix, manager, Role.MANAGER);
    UserAccount officerAccount = account("officer-" + suffix, officer, Role.OFFICER);
    Plan plan = plan("FXP-" + suffix, manager, service);
    Indicator indicator = indicator("FXI-" + suffix, officer, manager, service);
    targets.set(
        indicator,
        dueQuarter(),
        new BigDecimal("100"),
        PersonRef.person(manager.getId(), manager.getFullName()));
    return new Council(
        suffix, service, officer, manager, officerAccount, managerAccount, plan, indicator);
  }

  /** Enters (and submits) a figure for the indicator, as the council's officer. */
  public IndicatorValue enter(Council council, Period period, String actual) {
    return dataEntry.enter(
        council.indicator(),
        period,
        new ValueForm(actual, null, null, "Fixture commentary", "Fixture remedy", null, null),
        council.asOfficer(),
        true);
  }

  /**
   * A service of its own, led by no one, in a directorate of its own within the council: for a test
   * that moves people or units, or needs a unit for its records.
   */
  public OrgUnit service(String name) {
    OrgUnit directorate =
        units.create(
            unitForm(name + " directorate", unique("FXD"), OrgUnitType.DIRECTORATE, council()));
    return units.create(unitForm(name, unique("FXS"), OrgUnitType.SERVICE, directorate));
  }

  private OrgUnit council() {
    return units.all().stream()
        .filter(u -> u.getType() == OrgUnitType.COUNCIL)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The test database has no council"));
  }

  private static OrgUnitForm unitForm(String name, String code, OrgUnitType type, OrgUnit parent) {
    return new OrgUnitForm(name, code, type, parent.getId(), null, null, "0", true, null);
  }

  private static OrgUnitForm unitForm(OrgUnit unit, Person head) {
    return new OrgUnitForm(
        unit.getName(),
        unit.getCode(),
        unit.getType(),
        unit.getParent().getId(),
        head.getId(),
        null,
        "0",
        true,
        unit.getVersion());
  }

  private Person person(String name, String jobTitle, OrgUnit unit, Person lineManager) {
    return people.create(
        new PersonForm(
            name,
            PersonType.OFFICER,
            jobTitle,
            null,
            null,
            unit.getId(),
            lineManager == null ? null : lineManager.getId(),
            null,
            null,
            null,
            true,
            null));
  }

  private UserAccount account(String username, Person person, Role role) {
    return accounts.create(
        new AccountForm(username, person.getId(), Set.of(role), true, PASSWORD, null));
  }

  private Plan plan(String code, Person owner, OrgUnit unit) {
    LocalDate today = LocalDate.now(clock);
    int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    return plans.create(
        new PlanForm(
            code,
            "Fixture service plan " + code,
            PlanType.SERVICE_PLAN,
            null,
            LocalDate.of(first, 4, 1),
            LocalDate.of(first + 1, 3, 31),
            owner.getId(),
            unit.getId(),
            null,
            ReviewFrequency.QUARTERLY,
            null,
            null));
  }

  private Indicator indicator(String code, Person responsible, Person accountable, OrgUnit unit) {
    return indicators.create(
        new IndicatorForm(
            code,
            "Fixture indicator " + code,
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.SUM,
            false,
            "0",
            "10",
            Tolerance.Kind.PERCENT,
            null,
            null,
            null,
            false,
            false,
            true,
            responsible.getId(),
            accountable.getId(),
            null,
            unit.getId(),
            List.of(),
            null));
  }
}
