package org.goldenthread.risk.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatMapSvgTest {

  @Test
  void writesOnEachBandColourInWhicheverOfBlackAndWhiteReadsBetter() {
    assertThat(HeatMapSvg.ink("#00703c")).as("green").isEqualTo("#ffffff");
    assertThat(HeatMapSvg.ink("#d4351c")).as("red").isEqualTo("#ffffff");
    assertThat(HeatMapSvg.ink("#f47738")).as("orange").isEqualTo("#0b0c0c");
    assertThat(HeatMapSvg.ink("#ffdd00")).as("yellow").isEqualTo("#0b0c0c");
    assertThat(HeatMapSvg.ink("orange")).as("not a hex colour").isEqualTo("#0b0c0c");
  }
}
