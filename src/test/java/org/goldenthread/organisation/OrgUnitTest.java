package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class OrgUnitTest {

  private long ids = 1;

  private OrgUnit unit(String name, OrgUnitType type, OrgUnit parent) {
    OrgUnit unit = new OrgUnit(name, name.toUpperCase(), type, parent);
    ReflectionTestUtils.setField(unit, "id", ids++);
    return unit;
  }

  private final OrgUnit council = unit("Council", OrgUnitType.COUNCIL, null);
  private final OrgUnit resources = unit("Resources", OrgUnitType.DIRECTORATE, council);
  private final OrgUnit place = unit("Place", OrgUnitType.DIRECTORATE, council);
  private final OrgUnit finance = unit("Finance", OrgUnitType.SERVICE, resources);
  private final OrgUnit payments = unit("Payments", OrgUnitType.TEAM, finance);

  @Test
  void movingAServiceToAnotherDirectorateTakesItsTeamsWithIt() {
    finance.moveTo(place);

    assertThat(finance.getParent()).isEqualTo(place);
    assertThat(payments.isWithin(place)).isTrue();
    assertThat(payments.isWithin(resources)).isFalse();
  }

  @Test
  void refusesMovingAUnitBeneathOneOfItsOwnUnits() {
    OrgUnit subTeam = unit("Sub-team", OrgUnitType.TEAM, payments);

    assertThatThrownBy(() -> payments.moveTo(subTeam))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("within itself or one of its own units");
    assertThat(payments.getParent()).isEqualTo(finance);
  }

  @Test
  void refusesMovingAUnitBeneathItself() {
    assertThatThrownBy(() -> finance.moveTo(finance))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("within itself");
  }

  @Test
  void refusesADirectorateWithinAService() {
    assertThatThrownBy(() -> place.moveTo(finance))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("A directorate cannot sit within a service.");
  }

  @Test
  void allowsATeamWithinATeam() {
    OrgUnit subTeam = unit("Sub-team", OrgUnitType.TEAM, payments);

    assertThat(subTeam.getParent()).isEqualTo(payments);
  }

  @Test
  void refusesAUnitWithNothingAboveIt() {
    assertThatThrownBy(() -> new OrgUnit("Orphan", "ORPH", OrgUnitType.SERVICE, null))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose the unit this service sits within.");
  }

  @Test
  void refusesAnythingAboveTheCouncil() {
    assertThatThrownBy(() -> council.moveTo(resources))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("The council is the top of the structure.");
  }

  @Test
  void aUnitIsWithinItselfAndItsAncestorsOnly() {
    assertThat(payments.isWithin(payments)).isTrue();
    assertThat(payments.isWithin(council)).isTrue();
    assertThat(resources.isWithin(payments)).isFalse();
  }
}
