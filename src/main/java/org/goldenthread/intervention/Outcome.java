package org.goldenthread.intervention;

import java.util.Objects;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;

/**
 * What an evaluated period showed, as the ladder reads it (SPEC §8). A missing return (the deadline
 * passed with no value) counts as Red; Data only never triggers.
 */
public enum Outcome {
  GREEN("Green"),
  AMBER("Amber"),
  RED("Red"),
  MISSING("No return by the deadline"),
  DATA_ONLY("Data only");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Red, or a missing return, which counts as Red. */
  public boolean countsAsRed() {
    return this == RED || this == MISSING;
  }

  /** Amber, Red or a missing return: below target. */
  public boolean amberOrWorse() {
    return this == AMBER || countsAsRed();
  }

  /**
   * The outcome of an evaluated indicator period from its status. No data is a missing return: call
   * this only once the period is evaluated, that is once its deadline has passed.
   */
  public static Outcome of(Status status) {
    return switch (Objects.requireNonNull(status, "A status is needed")) {
      case GREEN -> GREEN;
      case AMBER -> AMBER;
      case RED -> RED;
      case NO_DATA -> MISSING;
      case DATA_ONLY -> DATA_ONLY;
    };
  }

  /** An action's progress update on the same ladder: Red as Red, Amber as Amber, Blue as Green. */
  public static Outcome of(Brag brag) {
    return switch (Objects.requireNonNull(brag, "A BRAG status is needed")) {
      case BLUE, GREEN -> GREEN;
      case AMBER -> AMBER;
      case RED -> RED;
    };
  }
}
