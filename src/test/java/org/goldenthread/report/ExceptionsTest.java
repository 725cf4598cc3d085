package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;
import org.goldenthread.report.Exceptions.ActionCase;
import org.goldenthread.report.Exceptions.IndicatorCase;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  private static IndicatorCase<String> pi(
      String code, Status status, String actual, String target) {
    return new IndicatorCase<>(
        code,
        status,
        actual == null ? null : new BigDecimal(actual),
        target == null ? null : new BigDecimal(target),
        code);
  }

  private static ActionCase<String> act(String code, Brag status, boolean overdue, String due) {
    return new ActionCase<>(code, status, overdue, due == null ? null : LocalDate.parse(due), code);
  }

  private static List<String> indicatorOrder(List<IndicatorCase<String>> all) {
    return Exceptions.indicators(all).stream().map(IndicatorCase::item).toList();
  }

  private static List<String> actionOrder(List<ActionCase<String>> all) {
    return Exceptions.actions(all).stream().map(ActionCase::item).toList();
  }

  @Test
  void noIndicatorsNoExceptions() {
    assertThat(Exceptions.indicators(List.<IndicatorCase<String>>of())).isEmpty();
  }

  @Test
  void onlyAmberAndRedIndicatorsAreExceptions() {
    assertThat(
            indicatorOrder(
                List.of(
                    pi("G", Status.GREEN, "10", "10"),
                    pi("N", Status.NO_DATA, null, "10"),
                    pi("D", Status.DATA_ONLY, "5", null),
                    pi("A", Status.AMBER, "9", "10"),
                    pi("R", Status.RED, "1", "10"))))
        .containsExactly("R", "A");
  }

  @Test
  void redComesBeforeAmberHoweverFarOffTheAmberIs() {
    assertThat(
            indicatorOrder(
                List.of(pi("A", Status.AMBER, "1", "100"), pi("R", Status.RED, "99", "100"))))
        .containsExactly("R", "A");
  }

  @Test
  void withinAStatusFurthestOffTargetAsAShareOfTheTargetComesFirst() {
    // B misses by 5 of 10 (50%), A by 20 of 100 (20%), C by 30 of 1000 (3%).
    assertThat(
            indicatorOrder(
                List.of(
                    pi("A", Status.RED, "80", "100"),
                    pi("B", Status.RED, "5", "10"),
                    pi("C", Status.RED, "970", "1000"))))
        .containsExactly("B", "A", "C");
  }

  @Test
  void theShareUsesTheGapEitherSideOfTheTarget() {
    // Lower is better: 130 against 100 is 30% off; higher is better: 80 against 100 is 20% off.
    assertThat(
            indicatorOrder(
                List.of(pi("LOW", Status.RED, "80", "100"), pi("HIGH", Status.RED, "130", "100"))))
        .containsExactly("HIGH", "LOW");
  }

  @Test
  void aNegativeTargetIsMeasuredAgainstItsSize() {
    // -5 against -10 is 50% off; 7 against 10 is 30% off.
    assertThat(
            indicatorOrder(
                List.of(pi("POS", Status.RED, "7", "10"), pi("NEG", Status.RED, "-5", "-10"))))
        .containsExactly("NEG", "POS");
  }

  @Test
  void theShareIsComparedExactlyNotRounded() {
    // 1/3 and 333333/1000000 differ only beyond six places.
    assertThat(
            indicatorOrder(
                List.of(
                    pi("A", Status.AMBER, "666667", "1000000"), pi("B", Status.AMBER, "2", "3"))))
        .containsExactly("B", "A");
  }

  @Test
  void equalSharesGoByCode() {
    assertThat(
            indicatorOrder(
                List.of(
                    pi("Z", Status.RED, "50", "100"),
                    pi("M", Status.RED, "5", "10"),
                    pi("A", Status.RED, "1", "2"))))
        .containsExactly("A", "M", "Z");
  }

  @Test
  void aZeroTargetComesAfterThoseWithAShareThenByCode() {
    assertThat(
            indicatorOrder(
                List.of(
                    pi("B0", Status.RED, "3", "0"),
                    pi("A0", Status.RED, "9", "0"),
                    pi("X", Status.RED, "99", "100"))))
        .containsExactly("X", "A0", "B0");
  }

  @Test
  void noActionsNoExceptions() {
    assertThat(Exceptions.actions(List.<ActionCase<String>>of())).isEmpty();
  }

  @Test
  void onlyAmberAndRedActionsAreExceptionsNotBlueGreenOrUnassessed() {
    assertThat(
            actionOrder(
                List.of(
                    act("B", Brag.BLUE, false, "2026-01-01"),
                    act("G", Brag.GREEN, false, "2026-01-01"),
                    act("N", null, true, "2026-01-01"),
                    act("A", Brag.AMBER, false, "2026-01-01"),
                    act("R", Brag.RED, false, "2026-01-01"))))
        .containsExactly("R", "A");
  }

  @Test
  void redBeforeAmberThenOverdueFirstThenDueDateThenCode() {
    assertThat(
            actionOrder(
                List.of(
                    act("A-LATE", Brag.AMBER, true, "2026-06-01"),
                    act("A-SOON", Brag.AMBER, false, "2026-01-01"),
                    act("R-2", Brag.RED, false, "2026-03-01"),
                    act("R-1", Brag.RED, false, "2026-03-01"),
                    act("R-EARLY", Brag.RED, false, "2026-02-01"),
                    act("R-OVERDUE", Brag.RED, true, "2026-12-01"))))
        .containsExactly("R-OVERDUE", "R-EARLY", "R-1", "R-2", "A-LATE", "A-SOON");
  }

  @Test
  void anActionWithoutADueDateComesLastAmongItsStatus() {
    assertThat(
            actionOrder(
                List.of(
                    act("A-NONE", Brag.AMBER, false, null),
                    act("A-DATED", Brag.AMBER, false, "2030-01-01"),
                    act("R-NONE", Brag.RED, false, null))))
        .containsExactly("R-NONE", "A-DATED", "A-NONE");
  }
}
