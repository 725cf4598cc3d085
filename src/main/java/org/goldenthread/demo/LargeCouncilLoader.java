package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.imports.ImportProgress;
import org.goldenthread.indicator.imports.IndicatorImport;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.shared.DemoProperties;
import org.goldenthread.shared.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the large generated council ({@link LargeCouncil}) beside the demo council, through the
 * product's own import, when GOLDENTHREAD_DEMO_COUNCIL=large: its indicators shared among twenty
 * officers (sign-ins officer01 to officer20) who are responsible for them and five managers
 * (manager01 to manager05) accountable for them, each month's figures up to the open reporting
 * period, whose last month is left for the officers to enter, and its first thirty indicators in
 * the demo councillor's portfolio (her dashboards) and a report of that portfolio. Once: not again
 * when the council is already there.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LargeCouncilLoader implements ApplicationRunner {

  static final int OFFICERS = 20;
  static final int MANAGERS = 5;
  static final int REPORTED = 30;
  static final String REPORT_TITLE = "Large council quarterly report";
  static final String COUNCILLOR = "Cllr Margaret Ellis";

  /** The teams the generated officers work in, in turn. */
  private static final List<String> TEAMS = List.of("REV", "BEN", "DM", "COLL", "HOPT", "CONTACT");

  /** Five financial years to a values file, as the benchmark imports them. */
  private static final int YEARS_PER_FILE = 5;

  private static final Logger log = LoggerFactory.getLogger(LargeCouncilLoader.class);

  private final DemoProperties demo;
  private final LargeCouncilProperties settings;
  private final IndicatorService indicators;
  private final IndicatorImport imports;
  private final ReportingPeriods periods;
  private final OrgUnitRepository units;
  private final PersonRepository people;
  private final AccountService accounts;
  private final ReportService reports;
  private final GovernanceService governance;
  private final TransactionTemplate transaction;
  private final Clock clock;

  LargeCouncilLoader(
      DemoProperties demo,
      LargeCouncilProperties settings,
      IndicatorService indicators,
      IndicatorImport imports,
      ReportingPeriods periods,
      OrgUnitRepository units,
      PersonRepository people,
      AccountService accounts,
      ReportService reports,
      GovernanceService governance,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.demo = demo;
    this.settings = settings;
    this.indicators = indicators;
    this.imports = imports;
    this.periods = periods;
    this.units = units;
    this.people = people;
    this.accounts = accounts;
    this.reports = reports;
    this.governance = governance;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()
        || !settings.large()
        || indicators.findByCode(LargeCouncil.code(1)).isPresent()) {
      return;
    }
    int size = settings.largeIndicators();
    log.info("Loading the large council: {} indicators, {} years", size, settings.largeYears());
    transaction.executeWithoutResult(t -> loadPeople());
    IndicatorImport.Outcome defined =
        imports.definitions(
            LargeCouncil.definitions(
                size,
                i ->
                    new LargeCouncil.Assigned(
                        email("officer", (i - 1) % OFFICERS + 1),
                        email("manager", (i - 1) % MANAGERS + 1))),
            new ImportProgress());
    refuseIfNot(defined);
    Period lastMonth = lastMonthLoaded();
    int lastYear = lastMonth.year();
    PersonRef by = PersonRef.recorded("Large council loader", null, null);
    for (int year = lastYear - settings.largeYears() + 1;
        year <= lastYear;
        year += YEARS_PER_FILE) {
      int to = Math.min(year + YEARS_PER_FILE - 1, lastYear);
      refuseIfNot(
          imports.values(LargeCouncil.values(size, year, to, lastMonth), by, new ImportProgress()));
      log.info("Large council: values of {} to {} loaded", year, to);
    }
    transaction.executeWithoutResult(t -> defineReport());
    log.info("Large council loaded: sign in as officer01, manager01 and the demo accounts");
  }

  /**
   * The month before the last of the latest open reporting period (or of the last quarter over):
   * the officers still owe that period's last month.
   */
  private Period lastMonthLoaded() {
    Period open =
        periods.open().stream()
            .map(ReportingPeriod::getPeriod)
            .max(Comparator.naturalOrder())
            .orElse(Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous());
    List<Period> months = open.within(PeriodType.MONTH);
    return months.get(months.size() - 1).previous();
  }

  private void loadPeople() {
    List<Person> managers = new ArrayList<>();
    for (int m = 1; m <= MANAGERS; m++) {
      OrgUnit unit = team(m - 1);
      Person manager =
          person("Large Council Manager " + number(m), email("manager", m), unit, unit.getHead());
      managers.add(manager);
      accounts.createDemo(
          "manager" + number(m),
          manager,
          Set.of(Role.MANAGER, Role.OFFICER),
          DemoCouncilLoader.DEMO_PASSWORD);
    }
    for (int o = 1; o <= OFFICERS; o++) {
      Person manager = managers.get((o - 1) % MANAGERS);
      Person officer =
          person("Large Council Officer " + number(o), email("officer", o), team(o - 1), manager);
      accounts.createDemo(
          "officer" + number(o), officer, Set.of(Role.OFFICER), DemoCouncilLoader.DEMO_PASSWORD);
    }
  }

  private OrgUnit team(int turn) {
    String code = TEAMS.get(turn % TEAMS.size());
    return units
        .findByCodeIgnoreCase(code)
        .orElseThrow(() -> new IllegalStateException("The demo council has no team " + code));
  }

  private Person person(String name, String email, OrgUnit unit, Person manager) {
    Person person = new Person(name, PersonType.OFFICER);
    person.updateContact("Performance lead", email, null);
    person.placeIn(unit, manager);
    return people.save(person);
  }

  /**
   * The first indicators join the portfolio of the demo's councillor (Cllr Margaret Ellis), so they
   * are on her dashboards, and a quarterly report of that portfolio is defined, as a director would
   * on the form.
   */
  private void defineReport() {
    Portfolio portfolio =
        governance.portfolios().stream()
            .filter(p -> p.getHolder() != null && COUNCILLOR.equals(p.getHolder().getFullName()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("The demo has no portfolio of " + COUNCILLOR));
    for (int i = 1; i <= Math.min(REPORTED, settings.largeIndicators()); i++) {
      indicators
          .findByCode(LargeCouncil.code(i))
          .ifPresent(
              indicator ->
                  indicator.assign(
                      indicator.getResponsible(),
                      indicator.getAccountable(),
                      portfolio,
                      indicator.getOrgUnit()));
    }
    reports.define(
        REPORT_TITLE,
        "Cabinet",
        ScopeKind.PORTFOLIO,
        portfolio.getId(),
        true,
        PersonRef.recorded("Large council loader", null, null));
  }

  private static void refuseIfNot(IndicatorImport.Outcome outcome) {
    if (!outcome.problems().isEmpty()) {
      throw new IllegalStateException(
          "The large council did not import: " + outcome.problems().get(0));
    }
  }

  private static String number(int n) {
    return String.format(Locale.UK, "%02d", n);
  }

  private static String email(String role, int n) {
    return "large." + role + number(n) + "@example.gov.uk";
  }
}
