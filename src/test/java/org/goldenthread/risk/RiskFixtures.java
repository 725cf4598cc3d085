package org.goldenthread.risk;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/** Registers and risks of their own for a test, on top of a {@link FixtureCouncil}. */
@Component
public class RiskFixtures {

  private final RiskRegisters registers;
  private final RiskService risks;

  RiskFixtures(RiskRegisters registers, RiskService risks) {
    this.registers = registers;
    this.risks = risks;
  }

  /** A service register owned by {@code unit}. */
  public RiskRegister serviceRegister(OrgUnit unit) {
    return registers.create(
        new RegisterForm(
            FixtureCouncil.unique("RR"),
            "Service risks " + FixtureCouncil.unique("N"),
            RiskLevel.SERVICE,
            unit.getId(),
            null,
            null,
            null,
            null));
  }

  /** A register at {@code level} with no owner (corporate, say). */
  public RiskRegister register(RiskLevel level) {
    return registers.create(
        new RegisterForm(
            FixtureCouncil.unique("RR"),
            level.label() + " risks " + FixtureCouncil.unique("N"),
            level,
            null,
            null,
            null,
            null,
            null));
  }

  public RiskCategory category(String name) {
    return registers.categoryNamed(name).orElseThrow();
  }

  /**
   * A form for a risk owned by the council's officer, accountable the manager: inherent L4×I5,
   * current as given, target L2×I2, reviewed quarterly, last reviewed on {@code lastReviewed}.
   */
  public RiskForm form(
      FixtureCouncil.Council council,
      RiskRegister register,
      int currentLikelihood,
      int currentImpact,
      LocalDate lastReviewed) {
    return new RiskForm(
        FixtureCouncil.unique("RSK"),
        register.getId(),
        "Demand for temporary accommodation outstrips supply",
        "More households presenting as homeless",
        "Not enough temporary accommodation to place them",
        "Unlawful placements and overspend",
        category("Financial").getId(),
        council.officer().getId(),
        council.manager().getId(),
        null,
        4,
        5,
        currentLikelihood,
        currentImpact,
        2,
        2,
        ReviewFrequency.QUARTERLY,
        lastReviewed,
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  public Risk open(
      FixtureCouncil.Council council,
      RiskRegister register,
      int currentLikelihood,
      int currentImpact,
      LocalDate lastReviewed) {
    return risks.open(
        form(council, register, currentLikelihood, currentImpact, lastReviewed),
        council.asManager());
  }

  public static PersonRef nobody() {
    return PersonRef.person(0, "Test");
  }
}
