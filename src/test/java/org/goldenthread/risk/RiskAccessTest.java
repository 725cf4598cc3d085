package org.goldenthread.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.account.AccountForm;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule of {@link RiskAccess} as a matrix: who reads a service register and the corporate one,
 * who reads and who may only count a confidential risk, and who updates a risk.
 */
@GoldenThreadTest
class RiskAccessTest {

  @Autowired RiskAccess access;
  @Autowired RiskService risks;
  @Autowired RiskFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired PersonService people;
  @Autowired AccountService accounts;
  @Autowired UserDetailsService details;
  @Autowired TransactionTemplate tx;

  private FixtureCouncil.Council council;
  private RiskRegister service;
  private RiskRegister corporate;
  private Risk open;
  private Risk secret;
  private Authentication owner;
  private Authentication accountable;
  private Authentication admin;
  private Authentication directorElsewhere;
  private Authentication officerElsewhere;
  private Authentication member;
  private Authentication namedReader;

  @BeforeEach
  void setUp() {
    council = councils.create();
    service = fixtures.serviceRegister(council.service());
    corporate = fixtures.register(RiskLevel.CORPORATE);
    open = fixtures.open(council, service, 3, 4, LocalDate.of(2026, 8, 14));
    OrgUnit elsewhere = councils.service("Elsewhere " + council.suffix());
    Person reader = person("Rita Reader", elsewhere, PersonType.OFFICER);
    RiskForm form = fixtures.form(council, corporate, 2, 3, null);
    secret =
        risks.open(
            new RiskForm(
                form.code(),
                form.registerId(),
                "Commercially sensitive contract dispute",
                null,
                null,
                null,
                form.categoryId(),
                form.ownerId(),
                form.accountableId(),
                null,
                4,
                4,
                2,
                3,
                1,
                2,
                form.reviewFrequency(),
                null,
                true,
                List.of(reader.getId()),
                List.of(),
                List.of(),
                List.of(),
                null),
            council.asManager());
    owner = signIn(council.officerUsername());
    accountable = signIn(council.managerUsername());
    admin = signIn(account(person("Ada Admin", elsewhere, PersonType.OFFICER), Role.ADMIN));
    directorElsewhere =
        signIn(account(person("Dee Director", elsewhere, PersonType.OFFICER), Role.DIRECTOR));
    officerElsewhere =
        signIn(account(person("Otto Other", elsewhere, PersonType.OFFICER), Role.OFFICER));
    member = signIn(account(person("Cllr Mo Member", null, PersonType.COUNCILLOR), Role.MEMBER));
    namedReader = signIn(account(reader, Role.OFFICER));
  }

  @Test
  void aServiceRegisterIsReadByItsUnitAndTheTeamNotByOthers() {
    assertThat(readsRegister(owner, service)).isTrue();
    assertThat(readsRegister(accountable, service)).as("the manager leads the service").isTrue();
    assertThat(readsRegister(admin, service)).isTrue();
    assertThat(readsRegister(directorElsewhere, service)).isFalse();
    assertThat(readsRegister(officerElsewhere, service)).isFalse();
    assertThat(readsRegister(member, service)).isFalse();
  }

  @Test
  void everyoneButPartnerUsersReadsTheCorporateRegister() {
    for (Authentication who :
        List.of(owner, accountable, admin, directorElsewhere, officerElsewhere, member)) {
      assertThat(readsRegister(who, corporate)).isTrue();
    }
  }

  @Test
  void aConfidentialRiskIsReadByItsOwnerAccountableAdminAndNamedReadersOnly() {
    assertThat(reads(owner, secret)).isTrue();
    assertThat(reads(accountable, secret)).isTrue();
    assertThat(reads(admin, secret)).isTrue();
    assertThat(reads(namedReader, secret)).isTrue();
    assertThat(reads(directorElsewhere, secret)).isFalse();
    assertThat(reads(member, secret)).isFalse();
    assertThat(describes(member, secret)).isFalse();
    assertThat(describes(namedReader, secret)).isTrue();
  }

  @Test
  void theOwnerAccountablePersonAndAdminsUpdateARiskNoOneElse() {
    assertThat(access.canUpdate(owner, open.getId())).isTrue();
    assertThat(access.canUpdate(accountable, open.getId())).isTrue();
    assertThat(access.canUpdate(admin, open.getId())).isTrue();
    assertThat(access.canUpdate(directorElsewhere, open.getId())).isFalse();
    assertThat(access.canUpdate(officerElsewhere, open.getId())).isFalse();
    assertThat(access.canUpdate(member, open.getId())).isFalse();
    assertThat(access.canUpdate(namedReader, secret.getId()))
        .as("reading is not updating")
        .isFalse();
  }

  @Test
  void openingRisksIsForManagersDirectorsAndTheTeam() {
    assertThat(access.canCreate(accountable)).isTrue();
    assertThat(access.canCreate(directorElsewhere)).isTrue();
    assertThat(access.canCreate(admin)).isTrue();
    assertThat(access.canCreate(owner)).isFalse();
    assertThat(access.canCreate(member)).isFalse();
    assertThat(access.canManage(directorElsewhere)).isFalse();
    assertThat(access.canManage(admin)).isTrue();
  }

  private boolean readsRegister(Authentication who, RiskRegister register) {
    return Boolean.TRUE.equals(tx.execute(s -> access.canReadRegister(who, register.getId())));
  }

  private boolean reads(Authentication who, Risk risk) {
    return Boolean.TRUE.equals(tx.execute(s -> access.canRead(who, risk.getId())));
  }

  private boolean describes(Authentication who, Risk risk) {
    return Boolean.TRUE.equals(tx.execute(s -> access.canDescribe(who, risks.get(risk.getId()))));
  }

  private Person person(String name, OrgUnit unit, PersonType type) {
    return people.create(
        new PersonForm(
            name + " " + council.suffix(),
            type,
            null,
            null,
            null,
            unit == null ? null : unit.getId(),
            null,
            null,
            null,
            null,
            true,
            null));
  }

  private String account(Person person, Role role) {
    String username = FixtureCouncil.unique(role.name().toLowerCase());
    accounts.create(
        new AccountForm(
            username, person.getId(), Set.of(role), true, FixtureCouncil.PASSWORD, null));
    return username;
  }

  private Authentication signIn(String username) {
    UserDetails user = details.loadUserByUsername(username);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }
}
