package org.goldenthread.indicator.reporting;

import java.util.Collection;

/** How many returns of a period are at each stage, and how many of them are late. */
record ReturnCounts(
    int notStarted, int entered, int submitted, int verified, int published, int late) {

  static ReturnCounts of(Collection<Return> returns) {
    int[] byStage = new int[Stage.values().length];
    int late = 0;
    for (Return r : returns) {
      byStage[r.stage().ordinal()]++;
      late += r.late() ? 1 : 0;
    }
    return new ReturnCounts(
        byStage[Stage.NOT_STARTED.ordinal()],
        byStage[Stage.ENTERED.ordinal()],
        byStage[Stage.SUBMITTED.ordinal()],
        byStage[Stage.VERIFIED.ordinal()],
        byStage[Stage.PUBLISHED.ordinal()],
        late);
  }

  public int total() {
    return notStarted + entered + submitted + verified + published;
  }

  /** Not yet gone for verification: not started or entered. */
  public int owed() {
    return notStarted + entered;
  }

  public int at(Stage stage) {
    return switch (stage) {
      case NOT_STARTED -> notStarted;
      case ENTERED -> entered;
      case SUBMITTED -> submitted;
      case VERIFIED -> verified;
      case PUBLISHED -> published;
    };
  }
}
