package org.goldenthread.indicator.calc;

/** How a projected outturn was worked out (SPEC §4), in words for the page that shows it. */
public enum OutturnBasis {
  PROFILED_TARGET(
      "The total so far, scaled by the year-to-date target's share of the annual target"),
  PERIODS_REPORTED("The total so far, scaled by the periods reported's share of the year"),
  YEAR_TO_DATE("The year-to-date figure as it stands"),
  YEAR_END("The year is over: the year-to-date figure is the outturn");

  private final String meaning;

  OutturnBasis(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
