package org.goldenthread.intervention.clinic;

import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/**
 * What the clinic tests stand on: a fixture council whose quarterly indicator has a figure verified
 * for each period given (target 90, higher is better, 10% tolerance: 95 is Green, 85 Amber, 50
 * Red), and an officer board of its own whose member is the fixture's manager.
 */
@Component
class ClinicFixtures {

  record Setting(FixtureCouncil.Council council, Body board) {
    Indicator indicator() {
      return council.indicator();
    }
  }

  private final FixtureCouncil fixtures;
  private final GovernanceService governance;
  private final Targets targets;
  private final DataEntry entry;

  ClinicFixtures(
      FixtureCouncil fixtures, GovernanceService governance, Targets targets, DataEntry entry) {
    this.fixtures = fixtures;
    this.governance = governance;
    this.targets = targets;
    this.entry = entry;
  }

  Setting create() {
    FixtureCouncil.Council council = fixtures.create();
    Body board =
        governance.createBody(
            new BodyForm(
                "Clinic board " + council.suffix(), BodyType.OFFICER_BOARD, null, "0", null));
    member(board, council.manager());
    return new Setting(council, board);
  }

  void member(Body board, Person person) {
    governance.addMember(board.getId(), new MembershipForm(person.getId(), MembershipRole.MEMBER));
  }

  /** Verifies a figure for each period, in order ("2026/27 Q1=50"). */
  void verified(Indicator indicator, List<String> figures) {
    for (String pair : figures) {
      String[] parts = pair.split("=");
      Period p = Period.parse(parts[0]);
      targets.set(indicator, p, new BigDecimal("90"), named("admin"));
      IndicatorValue value =
          entry.enter(
              indicator,
              p,
              new ValueForm(parts[1], null, null, "Commentary", "Remedy", null, null),
              named("officer"),
              true);
      entry.verify(value.getId(), named("manager"));
    }
  }

  /** Three Red quarters running, to 2026/27 Q2: level 4, due at the next clinic. */
  void atClinicLevel(Indicator indicator) {
    verified(indicator, List.of("2025/26 Q4=50", "2026/27 Q1=50", "2026/27 Q2=50"));
  }
}
