package org.goldenthread.indicator.reporting;

import org.goldenthread.indicator.value.ValueState;

/** How far a return has got: from nothing entered to published. */
public enum Stage {
  NOT_STARTED("Not started"),
  ENTERED("Entered"),
  SUBMITTED("Submitted"),
  VERIFIED("Verified"),
  PUBLISHED("Published");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Stage of(ValueState state) {
    if (state == null) {
      return NOT_STARTED;
    }
    return switch (state) {
      case ENTERED -> ENTERED;
      case SUBMITTED -> SUBMITTED;
      case VERIFIED -> VERIFIED;
      case PUBLISHED -> PUBLISHED;
    };
  }

  /** Whether the officer still owes it: nothing has gone for verification yet. */
  public boolean isOwed() {
    return this == NOT_STARTED || this == ENTERED;
  }
}
