package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.goldenthread.account.AccountService;
import org.goldenthread.action.Action;
import org.goldenthread.organisation.Person;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskEscalation;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's risk registers, as loaded on start. Other tests add registers and risks of
 * their own, so these look only at the demo's, found by their codes.
 */
@GoldenThreadTest
@Transactional
class DemoRisksTest {

  @Autowired RiskService risks;
  @Autowired RiskRegisters registers;
  @Autowired RiskScoring scoring;
  @Autowired RiskAccess access;
  @Autowired DemoUsers users;
  @Autowired AccountService accounts;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private List<Risk> demoRisks() {
    Set<String> codes = Set.copyOf(DemoRisks.rows().stream().map(DemoRisk::code).toList());
    return risks.all().stream().filter(r -> codes.contains(r.getCode())).toList();
  }

  private RiskRegister register(String code) {
    return registers.named(code).orElseThrow();
  }

  private List<Risk> on(String registerCode) {
    return risks.onRegister(register(registerCode).getId());
  }

  private long count(List<Risk> list, Predicate<RiskFacts> test) {
    return list.stream().map(scoring::facts).filter(test).count();
  }

  @Test
  void theCorporateRegisterHoldsAboutTwentyOpenRisksOwnedByTheCouncil() {
    RiskRegister corporate = register("CRR");
    List<Risk> open = on("CRR").stream().filter(Risk::isOpen).toList();

    assertThat(corporate.getName()).isEqualTo("Corporate risk register");
    assertThat(corporate.getLevel()).isEqualTo(RiskLevel.CORPORATE);
    assertThat(corporate.getOrgUnit().getCode()).isEqualTo("EBC");
    assertThat(open).hasSizeBetween(18, 24);
    assertThat(open)
        .allSatisfy(
            r -> {
              assertThat(r.getCause()).as(r.getCode()).isNotBlank();
              assertThat(r.getEvent()).as(r.getCode()).isNotBlank();
              assertThat(r.getConsequence()).as(r.getCode()).isNotBlank();
              assertThat(r.getAccountable()).as(r.getCode()).isNotNull();
              assertThat(r.getControls()).as(r.getCode()).hasSizeBetween(1, 3);
            });
    assertThat(open).filteredOn(r -> r.getControls().size() >= 2).hasSizeGreaterThan(15);
    assertThat(open.stream().flatMap(r -> r.getControls().stream()))
        .extracting(c -> c.getEffectiveness().name())
        .contains("EFFECTIVE", "PARTLY_EFFECTIVE", "NOT_EFFECTIVE");
  }

  @Test
  void everyDirectorateHasARegisterAndThereAreServiceAndPartnershipRegisters() {
    for (String unit : new String[] {"CEX", "RES", "PLACE", "PEOPLE"}) {
      RiskRegister register = register(unit + "-DRR");
      assertThat(register.getLevel()).isEqualTo(RiskLevel.DIRECTORATE);
      assertThat(register.getOrgUnit().getCode()).isEqualTo(unit);
      assertThat(on(unit + "-DRR")).as(unit).hasSizeGreaterThanOrEqualTo(2);
    }
    assertThat(registers.all())
        .filteredOn(r -> r.getLevel() == RiskLevel.SERVICE && r.getCode().endsWith("-SRR"))
        .hasSizeBetween(2, 3);
    RiskRegister partnership = register("CSP-PRR");
    assertThat(partnership.getBody().getName()).isEqualTo("Community Safety Partnership");
    assertThat(on("CSP-PRR")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theCorporateRegisterMovesInEveryWaySinceLastQuarter() {
    List<Risk> corporate = on("CRR");

    assertThat(corporate.stream().map(r -> scoring.facts(r).movement()))
        .contains(Movement.values());
    Risk closed = corporate.stream().filter(r -> !r.isOpen()).findFirst().orElseThrow();
    assertThat(closed.getClosedReason()).isNotBlank();
    assertThat(closed.getClosedOn()).isAfter(RiskFacts.previousQuarterEnd(today()));
  }

  @Test
  void historiesRunOverThePastYearAndNeverIntoTheFuture() {
    List<Risk> demo = demoRisks();
    List<RiskReview> history = demo.stream().flatMap(r -> r.getHistory().stream()).toList();

    assertThat(demo).hasSize(DemoRisks.rows().size());
    assertThat(history).allSatisfy(h -> assertThat(h.getReviewedOn()).isBeforeOrEqualTo(today()));
    assertThat(history)
        .anyMatch(h -> h.getReviewedOn().isBefore(today().minusMonths(9)))
        .allMatch(h -> h.getReviewedOn().isAfter(today().minusMonths(15)));
    assertThat(demo).filteredOn(r -> r.getHistory().size() >= 4).hasSizeGreaterThan(20);
    assertThat(history).allSatisfy(h -> assertThat(h.getReviewedBy().personId()).isNotNull());
  }

  @Test
  void someReviewsAreOverdueAndSomeRisksAreAboveAppetite() {
    List<Risk> demo = demoRisks();

    assertThat(count(demo, RiskFacts::overdue)).isBetween(3L, 10L);
    assertThat(count(on("CRR"), RiskFacts::overdue)).isGreaterThanOrEqualTo(1);
    assertThat(count(on("CRR"), RiskFacts::aboveAppetite)).isBetween(4L, 15L);
    assertThat(count(on("CRR"), f -> !f.aboveAppetite())).isGreaterThan(5);
    assertThat(demo.stream().map(r -> scoring.facts(r).band()).distinct()).hasSize(3);
    Person officer = accounts.findByUsername("officer").orElseThrow().getPerson();
    assertThat(risks.ofPerson(officer.getId()))
        .as("the demo officer owns a risk whose review is overdue")
        .anyMatch(r -> r.isOverdue(today()));
  }

  @Test
  void risksAreEscalatedFromServiceToDirectorateToCorporateAndOneWentDown() {
    List<RiskEscalation> moves =
        demoRisks().stream().flatMap(r -> r.getEscalations().stream()).toList();

    assertThat(moves)
        .filteredOn(m -> m.getDirection() == RiskEscalation.Direction.ESCALATED)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(m -> assertThat(m.getReason()).isNotBlank());
    assertThat(moves)
        .filteredOn(m -> m.getDirection() == RiskEscalation.Direction.DE_ESCALATED)
        .hasSize(1);
    assertThat(moves).allSatisfy(m -> assertThat(m.getMovedOn()).isBeforeOrEqualTo(today()));
    Risk climbed =
        on("CRR").stream().filter(r -> r.getEscalations().size() == 2).findFirst().orElseThrow();
    assertThat(climbed.getEscalations())
        .extracting(m -> m.getFromRegister().getLevel(), m -> m.getToRegister().getLevel())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RiskLevel.SERVICE, RiskLevel.DIRECTORATE),
            org.assertj.core.groups.Tuple.tuple(RiskLevel.DIRECTORATE, RiskLevel.CORPORATE));
    assertThat(climbed.getEscalatedFrom().getLevel()).isEqualTo(RiskLevel.DIRECTORATE);
  }

  @Test
  void mitigatingActionsAreDemoActionsAndRisksLinkToTheThread() {
    Set<String> actionCodes = Set.copyOf(DemoActionTable.codes());
    List<Risk> demo = demoRisks();

    assertThat(demo).filteredOn(r -> !r.getActions().isEmpty()).hasSizeGreaterThan(30);
    assertThat(demo.stream().flatMap(r -> r.getActions().stream()).map(Action::getCode))
        .allMatch(actionCodes::contains);
    assertThat(demo).filteredOn(r -> !r.getIndicators().isEmpty()).hasSizeGreaterThan(20);
    assertThat(demo).filteredOn(r -> !r.getItems().isEmpty()).hasSizeGreaterThan(30);
  }

  @Test
  void confidentialRisksNameTheirReadersAndOthersCannotReadThem() {
    List<Risk> confidential = demoRisks().stream().filter(Risk::isConfidential).toList();

    assertThat(confidential).hasSizeBetween(1, 2);
    assertThat(confidential).allSatisfy(r -> assertThat(r.getReaders()).isNotEmpty());
    Risk onCorporate =
        confidential.stream()
            .filter(r -> r.getRegister().getCode().equals("CRR"))
            .findFirst()
            .orElseThrow();
    users.signInAs("councillor");
    var councillor = SecurityContextHolder.getContext().getAuthentication();
    assertThat(access.canReadRegister(councillor, onCorporate.getRegister())).isTrue();
    assertThat(access.canRead(councillor, onCorporate)).isFalse();
  }

  @Test
  void thePartnerUserReadsOnlyThePartnershipRegister() {
    users.signInAs("partner");
    var partner = SecurityContextHolder.getContext().getAuthentication();

    assertThat(registers.all())
        .filteredOn(r -> access.canReadRegister(partner, r))
        .allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(RiskLevel.PARTNERSHIP))
        .extracting(RiskRegister::getCode)
        .contains("CSP-PRR");
  }
}
