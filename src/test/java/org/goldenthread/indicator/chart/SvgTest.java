package org.goldenthread.indicator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void numbersAreWrittenAsTheFormatterWritesThem() {
    double[] edges = {
      0,
      -0.0,
      0.05,
      -0.05,
      0.04,
      -0.04,
      0.15,
      0.25,
      0.35,
      0.45,
      1.05,
      2.675,
      99.95,
      -99.95,
      0.95,
      9.95,
      1e-7,
      -1e-7,
      123456789.25,
      1e17,
      1.0E22,
      -3.3333333,
      240,
      119.99999999
    };
    for (double v : edges) {
      assertThat(Svg.n(v)).as("%s", v).isEqualTo(String.format(Locale.UK, "%.1f", v));
    }
    Random random = new Random(12);
    for (int i = 0; i < 100_000; i++) {
      double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(13) - 3);
      assertThat(Svg.n(v)).as("%s", v).isEqualTo(String.format(Locale.UK, "%.1f", v));
      double tenths = Math.round(v * 100) / 100.0;
      assertThat(Svg.n(tenths))
          .as("%s", tenths)
          .isEqualTo(String.format(Locale.UK, "%.1f", tenths));
    }
  }
}
