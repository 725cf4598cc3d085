package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class FrameworkItemTest {

  private long ids = 1;

  private FrameworkItem item(String code, ItemType type) {
    FrameworkItem item = new FrameworkItem(code, code + " title", type, null);
    ReflectionTestUtils.setField(item, "id", ids++);
    return item;
  }

  private final FrameworkItem vision = item("V", ItemType.VISION);
  private final FrameworkItem theme = item("T1", ItemType.THEME);
  private final FrameworkItem aim = item("A1", ItemType.AIM);
  private final FrameworkItem priority = item("P1", ItemType.PRIORITY);
  private final FrameworkItem corporateOutcome = item("O1", ItemType.OUTCOME);
  private final FrameworkItem serviceObjective = item("SO1", ItemType.OBJECTIVE);

  @Test
  void linksUpwardThroughEveryLevel() {
    theme.contributeTo(vision);
    aim.contributeTo(theme);
    priority.contributeTo(aim);
    corporateOutcome.contributeTo(priority);
    serviceObjective.contributeTo(corporateOutcome);

    assertThat(serviceObjective.contributesToIndirectly(vision)).isTrue();
    assertThat(vision.contributesToIndirectly(serviceObjective)).isFalse();
  }

  @Test
  void anItemMayContributeToSeveralItems() {
    FrameworkItem otherPriority = item("P2", ItemType.PRIORITY);
    corporateOutcome.contributeTo(priority);
    corporateOutcome.contributeTo(otherPriority);

    assertThat(corporateOutcome.getContributesTo()).containsExactly(priority, otherPriority);
  }

  @Test
  void refusesALoopBetweenObjectives() {
    serviceObjective.contributeTo(corporateOutcome);
    FrameworkItem teamObjective = item("TO1", ItemType.OBJECTIVE);
    teamObjective.contributeTo(serviceObjective);

    assertThatThrownBy(() -> corporateOutcome.contributeTo(teamObjective))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage(
            "TO1 TO1 title already contributes to O1 O1 title, so linking them this way round"
                + " would make a loop.");
    assertThat(corporateOutcome.getContributesTo()).isEmpty();
  }

  @Test
  void refusesAnItemContributingToItself() {
    assertThatThrownBy(() -> priority.contributeTo(priority))
        .hasMessage("An item cannot contribute to itself.");
  }

  @Test
  void refusesALinkDownwards() {
    assertThatThrownBy(() -> aim.contributeTo(priority))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage(
            "An aim cannot contribute to a priority: link it to something at a higher level.");
  }

  @Test
  void theVisionAndValuesContributeToNothing() {
    FrameworkItem value = item("VAL1", ItemType.VALUE);
    assertThatThrownBy(() -> vision.contributeTo(theme))
        .hasMessage("The vision does not contribute to other items.");
    assertThatThrownBy(() -> value.contributeTo(vision))
        .hasMessage("The value does not contribute to other items.");
    assertThatThrownBy(() -> priority.contributeTo(value))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void changingTypeIsRefusedWhenItWouldBreakALink() {
    priority.contributeTo(aim);
    assertThatThrownBy(() -> priority.describe("P1", "P1 title", ItemType.THEME, null))
        .hasFieldOrPropertyWithValue("field", "type");
    assertThat(priority.getType()).isEqualTo(ItemType.PRIORITY);
  }

  @Test
  void itemsOfASubmittedPlanCannotBeChanged() {
    Plan plan =
        new Plan(
            "CP",
            "Corporate plan",
            PlanType.CORPORATE_PLAN,
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2030, 3, 31));
    FrameworkItem inPlan = new FrameworkItem("P9", "Priority", ItemType.PRIORITY, plan);
    ReflectionTestUtils.setField(inPlan, "id", ids++);
    plan.submit();

    assertThatThrownBy(() -> inPlan.contributeTo(aim))
        .hasMessageContaining("submitted for approval");
    assertThatThrownBy(() -> new FrameworkItem("P10", "Another", ItemType.PRIORITY, plan))
        .hasMessageContaining("submitted for approval");
  }
}
