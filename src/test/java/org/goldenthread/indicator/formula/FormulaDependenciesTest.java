package org.goldenthread.indicator.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaDependenciesTest {

  /** Calculated indicators given as code, formula, code, formula... */
  private static FormulaDependencies dependencies(String... pairs) {
    Map<String, Formula> formulas = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      formulas.put(pairs[i], Formula.parse(pairs[i + 1]));
    }
    return new FormulaDependencies(formulas);
  }

  @Test
  void noCalculatedIndicatorsHaveNoCycleAndNoOrder() {
    FormulaDependencies none = dependencies();
    assertThat(none.findCycle()).isEmpty();
    assertThat(none.evaluationOrder()).isEmpty();
    assertThat(none.dependentsOf("A")).isEmpty();
  }

  @Test
  void indicatorUsingItselfIsACycle() {
    assertThat(dependencies("RB-03", "[rb-03] + 1").findCycle())
        .contains(List.of("RB-03", "RB-03"));
  }

  @Test
  void twoIndicatorsUsingEachOtherAreACycle() {
    assertThat(dependencies("RB-03", "[RB-04] * 2", "RB-04", "[RB-03] / 2").findCycle())
        .contains(List.of("RB-03", "RB-04", "RB-03"));
  }

  @Test
  void threeStepCycleIsFound() {
    assertThat(dependencies("A", "[B] + [X]", "B", "[C]", "C", "[A] * 2").findCycle())
        .contains(List.of("A", "B", "C", "A"));
  }

  @Test
  void cycleReachedFromOutsideIsReportedWithoutTheLeadIn() {
    assertThat(dependencies("X", "[Y]", "Y", "[Z]", "Z", "[Y] + 1").findCycle())
        .contains(List.of("Y", "Z", "Y"));
  }

  @Test
  void sharedInputsAreNotACycle() {
    FormulaDependencies diamond =
        dependencies(
            "TOP", "[LEFT] + [RIGHT]", "LEFT", "[BASE]", "RIGHT", "[BASE] * 2", "BASE", "[RAW]");
    assertThat(diamond.findCycle()).isEmpty();
  }

  @Test
  void cyclesAreDescribedForAnOfficer() {
    assertThat(FormulaDependencies.describeCycle(List.of("RB-03", "RB-03")))
        .isEqualTo("RB-03 depends on itself.");
    assertThat(FormulaDependencies.describeCycle(List.of("RB-03", "RB-04", "RB-03")))
        .isEqualTo("RB-03 depends on itself through RB-04.");
    assertThat(FormulaDependencies.describeCycle(List.of("A", "B", "C", "D", "A")))
        .isEqualTo("A depends on itself through B, C and D.");
  }

  @Test
  void inputsAreCalculatedBeforeTheIndicatorsThatUseThem() {
    FormulaDependencies diamond =
        dependencies(
            "TOP", "[LEFT] + [RIGHT]", "LEFT", "[BASE]", "RIGHT", "[BASE] * 2", "BASE", "[RAW]");
    assertThat(diamond.evaluationOrder()).containsExactly("BASE", "LEFT", "RIGHT", "TOP");
  }

  @Test
  void evaluationOrderListsOnlyCalculatedIndicators() {
    assertThat(dependencies("b", "[RAW-1] + [a]", "A", "[RAW-2]").evaluationOrder())
        .containsExactly("A", "B");
  }

  @Test
  void evaluationOrderIsRefusedWhenAnIndicatorDependsOnItself() {
    FormulaDependencies cycle = dependencies("RB-03", "[RB-04]", "RB-04", "[RB-03]", "OK", "1");
    assertThatThrownBy(cycle::evaluationOrder)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RB-03 depends on itself through RB-04.");
  }

  @Test
  void dependentsIncludeIndicatorsUsingItIndirectly() {
    FormulaDependencies chain =
        dependencies(
            "TOTAL", "[PART] + [OTHER]", "PART", "100 * [RAW] / [BASE]", "OTHER", "[BASE]");
    assertThat(chain.dependentsOf("RAW")).containsExactly("PART", "TOTAL");
    assertThat(chain.dependentsOf("base")).containsExactly("OTHER", "PART", "TOTAL");
    assertThat(chain.dependentsOf("PART")).containsExactly("TOTAL");
    assertThat(chain.dependentsOf("TOTAL")).isEmpty();
    assertThat(chain.dependentsOf("UNUSED")).isEmpty();
  }

  @Test
  void dependentsComeInAnOrderTheyCanBeRecalculatedIn() {
    FormulaDependencies chain = dependencies("A", "[B] + [RAW]", "B", "[C]", "C", "[RAW]");
    assertThat(chain.dependentsOf("raw")).containsExactly("C", "B", "A");
  }

  @Test
  void dependentsOfAnIndicatorOnACycleIncludeItself() {
    FormulaDependencies cycle = dependencies("A", "[B]", "B", "[A] + [RAW]");
    assertThat(cycle.dependentsOf("RAW")).containsExactlyInAnyOrder("A", "B");
    assertThat(cycle.dependentsOf("A")).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void aCodeGivenTwiceIsRefused() {
    assertThatThrownBy(() -> dependencies("rb-01", "1", "RB-01", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RB-01");
  }

  @Test
  void longChainsDoNotOverflowTheStack() {
    Map<String, Formula> formulas = new LinkedHashMap<>();
    int length = 20_000;
    for (int i = 1; i <= length; i++) {
      formulas.put("C" + i, Formula.parse("[C" + (i - 1) + "] + 1"));
    }
    FormulaDependencies chain = new FormulaDependencies(formulas);
    assertThat(chain.findCycle()).isEmpty();
    List<String> order = chain.evaluationOrder();
    assertThat(order).hasSize(length);
    assertThat(order.get(0)).isEqualTo("C1");
    assertThat(order.get(length - 1)).isEqualTo("C" + length);
    assertThat(chain.dependentsOf("C0")).hasSize(length);

    formulas.put("C0", Formula.parse("[C" + length + "]"));
    assertThat(new FormulaDependencies(formulas).findCycle())
        .hasValueSatisfying(cycle -> assertThat(cycle).hasSize(length + 2));
  }
}
