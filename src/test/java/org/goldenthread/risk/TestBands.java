package org.goldenthread.risk;

/** Score bands with the given settings, for tests outside this package that draw or word bands. */
public final class TestBands {

  private TestBands() {}

  /** Bands up to {@code lowMax} low and {@code mediumMax} medium, with the default looks. */
  public static RiskBands of(int lowMax, int mediumMax) {
    return new RiskBands(
        new RiskProperties(
            lowMax, mediumMax, "Low", "Medium", "High", "#00703c", "#f47738", "#d4351c", "●", "◆",
            "▲"));
  }
}
