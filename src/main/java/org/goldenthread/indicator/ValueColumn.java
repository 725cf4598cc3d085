package org.goldenthread.indicator;

import org.goldenthread.framework.FileColumn;

/** The columns of an indicator values file. */
enum ValueColumn implements FileColumn {
  CODE("code", true, "The code of an indicator already recorded."),
  PERIOD(
      "period",
      true,
      "The period, written 2025/26, 2025/26 H1, 2025/26 Q2 or 2025/26 M07 (October). A value's"
          + " period must match how often the indicator is collected; a target may be for a"
          + " longer period."),
  ACTUAL(
      "actual",
      false,
      "The value, like 96.5, with up to 6 decimal places. For a ratio indicator it may be left"
          + " empty when the numerator and denominator are given."),
  TARGET("target", false, "The target for the period. A row may give a target and no value."),
  NUMERATOR("numerator", false, "For a ratio indicator: the numerator."),
  DENOMINATOR("denominator", false, "For a ratio indicator: the denominator (not zero)."),
  COMMENTARY("commentary", false, "What the value shows, up to 4,000 characters."),
  REMEDIAL_ACTION(
      "remedial_action",
      false,
      "What is being done to bring it back on target, up to 4,000 characters.");

  private final String heading;
  private final boolean required;
  private final String guidance;

  ValueColumn(String heading, boolean required, String guidance) {
    this.heading = heading;
    this.required = required;
    this.guidance = guidance;
  }

  @Override
  public String heading() {
    return heading;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public String guidance() {
    return guidance;
  }
}
