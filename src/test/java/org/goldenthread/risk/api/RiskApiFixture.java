package org.goldenthread.risk.api;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.ControlForm;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.RegisterForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControls;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Registers and risks for the API tests, owned by a fixture council's officer and answered for by
 * its manager: on a corporate register, R1 (current L3 × I4, last reviewed 14 August, so overdue),
 * R2 (L2 × I2, opened today) and R3 (confidential, L3 × I3, opened today); R4 (L4 × I5) on the
 * council's service register; R5 on the partnership register of a body the demo partner user's
 * organisation sits on, R6 on another body's.
 */
@Component
public class RiskApiFixture {

  public record Risks(
      FixtureCouncil.Council council,
      RiskRegister corporate,
      RiskRegister service,
      RiskRegister partnership,
      RiskRegister otherPartnership,
      Risk r1,
      Risk r2,
      Risk r3,
      Risk r4,
      Risk r5,
      Risk r6) {}

  private final FixtureCouncil councils;
  private final RiskFixtures fixtures;
  private final RiskRegisters registers;
  private final RiskService risks;
  private final RiskControls controls;
  private final GovernanceService governance;
  private final PartnerScopes partners;
  private final DemoUsers users;

  RiskApiFixture(
      FixtureCouncil councils,
      RiskFixtures fixtures,
      RiskRegisters registers,
      RiskService risks,
      RiskControls controls,
      GovernanceService governance,
      PartnerScopes partners,
      DemoUsers users) {
    this.councils = councils;
    this.fixtures = fixtures;
    this.registers = registers;
    this.risks = risks;
    this.controls = controls;
    this.governance = governance;
    this.partners = partners;
    this.users = users;
  }

  public Risks create() {
    FixtureCouncil.Council council = councils.create();
    RiskRegister corporate = fixtures.register(RiskLevel.CORPORATE);
    RiskRegister service = fixtures.serviceRegister(council.service());
    users.signInAs("partner");
    long partnerBody =
        partners
            .of(SecurityContextHolder.getContext().getAuthentication())
            .orElseThrow()
            .bodyIds()
            .stream()
            .findFirst()
            .orElseThrow();
    DemoUsers.signOut();
    long otherBody =
        governance.bodies().stream()
            .filter(b -> b.getId() != partnerBody)
            .findFirst()
            .orElseThrow()
            .getId();
    RiskRegister partnership = partnership(partnerBody);
    RiskRegister other = partnership(otherBody);
    Risk r1 = fixtures.open(council, corporate, 3, 4, LocalDate.of(2026, 8, 14));
    controls.addControl(
        r1.getId(),
        new ControlForm(
            "Weekly placement panel",
            council.manager().getId(),
            Effectiveness.PARTLY_EFFECTIVE,
            null));
    Risk r2 = fixtures.open(council, corporate, 2, 2, null);
    Risk r3 =
        risks.open(
            confidential(fixtures.form(council, corporate, 3, 3, null)), council.asManager());
    Risk r4 = fixtures.open(council, service, 4, 5, null);
    Risk r5 = fixtures.open(council, partnership, 2, 3, null);
    Risk r6 = fixtures.open(council, other, 2, 3, null);
    return new Risks(council, corporate, service, partnership, other, r1, r2, r3, r4, r5, r6);
  }

  private RiskRegister partnership(long bodyId) {
    return registers.create(
        new RegisterForm(
            FixtureCouncil.unique("RP"),
            "Partnership risks " + FixtureCouncil.unique("N"),
            RiskLevel.PARTNERSHIP,
            null,
            null,
            bodyId,
            null,
            null));
  }

  private static RiskForm confidential(RiskForm f) {
    return new RiskForm(
        f.code(),
        f.registerId(),
        f.title(),
        f.cause(),
        f.event(),
        f.consequence(),
        f.categoryId(),
        f.ownerId(),
        f.accountableId(),
        f.accountableBodyId(),
        f.inherentLikelihood(),
        f.inherentImpact(),
        f.currentLikelihood(),
        f.currentImpact(),
        f.targetLikelihood(),
        f.targetImpact(),
        f.reviewFrequency(),
        f.lastReviewed(),
        true,
        List.of(),
        f.itemIds(),
        f.indicatorIds(),
        f.actionIds(),
        f.version());
  }
}
