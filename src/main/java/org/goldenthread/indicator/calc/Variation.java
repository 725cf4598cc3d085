package org.goldenthread.indicator.calc;

/** What kind of variation an XmR chart's latest point shows (SPEC §4a). */
public enum Variation {
  SPECIAL_CAUSE_IMPROVING("Special cause: improving"),
  SPECIAL_CAUSE_CONCERNING("Special cause: concerning"),
  SPECIAL_CAUSE_HIGH("Special cause: high"),
  SPECIAL_CAUSE_LOW("Special cause: low"),
  COMMON_CAUSE("Common cause"),
  NOT_ENOUGH_DATA("Not enough data");

  private final String label;

  Variation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean specialCause() {
    return this != COMMON_CAUSE && this != NOT_ENOUGH_DATA;
  }
}
