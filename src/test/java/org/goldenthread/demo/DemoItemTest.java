package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoItemTest {

  @Test
  void readsEachRowWithItsLinksPeopleAndDescription() {
    List<DemoItem> items =
        DemoItem.parse(
            """
            V1 | - | ceo, leader | A good place to live
                A vision over
                two lines.

            A4 | T1, T2 | dres, deputy | A well-run council
                One line.
            """);

    assertThat(items)
        .containsExactly(
            new DemoItem(
                "V1",
                List.of(),
                "ceo",
                "leader",
                "A good place to live",
                "A vision over two lines."),
            new DemoItem(
                "A4", List.of("T1", "T2"), "dres", "deputy", "A well-run council", "One line."));
  }

  @Test
  void refusesARowWithoutBothPeopleOrADescription() {
    assertThatThrownBy(() -> DemoItem.parse("P1 | A1 | hecon | Title\n    Text."))
        .hasMessageContaining("P1 | A1 | hecon | Title");
    assertThatThrownBy(() -> DemoItem.parse("P1 | A1 | hecon, planning | Title"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDemoCodeIsUsedOnce() {
    assertThat(DemoFramework.itemCodes()).doesNotHaveDuplicates().contains("V1", "P7", "CUST-O2");
  }
}
