package org.goldenthread.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.account.AccountForm;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationForm;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.Sector;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.RegisterForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.springframework.stereotype.Component;

/**
 * Everyone the risk pages answer differently, around risks of a test's own: a fixture council whose
 * officer owns a risk on the service's register (the manager accountable), a confidential risk the
 * manager owns there, the director of the service's directorate, a partnership register of the
 * Community Safety Partnership (the demo's partner user sits on it) with a risk, a corporate
 * register with a risk, and a partner user of an organisation on no partnership.
 */
@Component
class RiskWorld {

  record World(
      FixtureCouncil.Council council,
      String director,
      String otherPartner,
      RiskRegister register,
      Risk risk,
      Risk confidential,
      RiskRegister partnership,
      Risk partnershipRisk,
      RiskRegister corporate,
      Risk corporateRisk) {}

  private final FixtureCouncil fixtures;
  private final RiskFixtures riskFixtures;
  private final RiskRegisters registers;
  private final RiskService risks;
  private final OrgUnitService units;
  private final PersonService people;
  private final AccountService accounts;
  private final GovernanceService governance;

  RiskWorld(
      FixtureCouncil fixtures,
      RiskFixtures riskFixtures,
      RiskRegisters registers,
      RiskService risks,
      OrgUnitService units,
      PersonService people,
      AccountService accounts,
      GovernanceService governance) {
    this.fixtures = fixtures;
    this.riskFixtures = riskFixtures;
    this.registers = registers;
    this.risks = risks;
    this.units = units;
    this.people = people;
    this.accounts = accounts;
    this.governance = governance;
  }

  World create() {
    FixtureCouncil.Council council = fixtures.create();
    LocalDate lastQuarter = TestClock.TODAY.minusMonths(2);
    RiskRegister register = riskFixtures.serviceRegister(council.service());
    Risk risk = riskFixtures.open(council, register, 3, 4, lastQuarter);
    Risk confidential =
        risks.open(
            confidential(riskFixtures.form(council, register, 4, 4, lastQuarter), council),
            council.asManager());
    String director = director(council.service().getParent(), council.suffix());
    long csp =
        governance.bodies().stream()
            .filter(b -> b.getName().equals("Community Safety Partnership"))
            .findFirst()
            .orElseThrow()
            .getId();
    RiskRegister partnership =
        registers.create(
            new RegisterForm(
                FixtureCouncil.unique("RP"),
                "Partnership risks " + council.suffix(),
                RiskLevel.PARTNERSHIP,
                null,
                null,
                csp,
                null,
                null));
    Risk partnershipRisk = riskFixtures.open(council, partnership, 2, 3, lastQuarter);
    RiskRegister corporate = riskFixtures.register(RiskLevel.CORPORATE);
    Risk corporateRisk = riskFixtures.open(council, corporate, 4, 5, lastQuarter);
    return new World(
        council,
        director,
        otherPartner(council.suffix()),
        register,
        risk,
        confidential,
        partnership,
        partnershipRisk,
        corporate,
        corporateRisk);
  }

  /** The form made confidential and owned by the manager, with no one else named. */
  private static RiskForm confidential(RiskForm form, FixtureCouncil.Council council) {
    return new RiskForm(
        form.code(),
        form.registerId(),
        "Confidential contract dispute " + council.suffix(),
        form.cause(),
        form.event(),
        form.consequence(),
        form.categoryId(),
        council.manager().getId(),
        null,
        null,
        form.inherentLikelihood(),
        form.inherentImpact(),
        form.currentLikelihood(),
        form.currentImpact(),
        form.targetLikelihood(),
        form.targetImpact(),
        form.reviewFrequency(),
        form.lastReviewed(),
        true,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** A director heading the directorate the fixture's service sits in. */
  private String director(OrgUnit directorate, String suffix) {
    Person director =
        people.create(
            new PersonForm(
                "Dana Director " + suffix,
                PersonType.OFFICER,
                "Director",
                null,
                null,
                directorate.getId(),
                null,
                null,
                null,
                null,
                true,
                null));
    units.update(
        directorate.getId(),
        new OrgUnitForm(
            directorate.getName(),
            directorate.getCode(),
            directorate.getType(),
            directorate.getParent().getId(),
            director.getId(),
            null,
            "0",
            true,
            directorate.getVersion()));
    String username = "director-" + suffix;
    accounts.create(
        new AccountForm(
            username,
            director.getId(),
            Set.of(Role.DIRECTOR),
            true,
            FixtureCouncil.PASSWORD,
            null));
    return username;
  }

  /** A partner user whose organisation sits on no partnership body. */
  private String otherPartner(String suffix) {
    Organisation organisation =
        governance.createPartner(
            new OrganisationForm("Other partner " + suffix, Sector.HEALTH, null, null, null));
    Person person =
        people.create(
            new PersonForm(
                "Pat Partner " + suffix,
                PersonType.PARTNER,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                organisation.getId(),
                true,
                null));
    String username = "partner-" + suffix;
    accounts.create(
        new AccountForm(
            username, person.getId(), Set.of(Role.PARTNER), true, FixtureCouncil.PASSWORD, null));
    return username;
  }
}
