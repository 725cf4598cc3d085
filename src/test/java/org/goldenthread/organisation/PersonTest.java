package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class PersonTest {

  private static Person officer(long id, String name) {
    Person person = new Person(name, PersonType.OFFICER);
    ReflectionTestUtils.setField(person, "id", id);
    return person;
  }

  @Test
  void refusesAPersonAsTheirOwnLineManager() {
    Person alex = officer(1, "Alex");

    assertThatThrownBy(() -> alex.placeIn(null, alex))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("cannot be their own line manager");
  }

  @Test
  void refusesALoopOfLineManagers() {
    Person head = officer(1, "Head");
    Person lead = officer(2, "Lead");
    Person officer = officer(3, "Officer");
    lead.placeIn(null, head);
    officer.placeIn(null, lead);

    assertThatThrownBy(() -> head.placeIn(null, officer))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "lineManagerId");
    assertThat(head.getLineManager()).isNull();
  }

  @Test
  void acceptsAChainOfLineManagers() {
    Person head = officer(1, "Head");
    Person lead = officer(2, "Lead");
    lead.placeIn(null, head);

    assertThat(lead.getLineManager()).isEqualTo(head);
  }
}
