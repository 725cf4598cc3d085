package org.goldenthread.indicator;

/** Whether performance is getting better or worse, judged with the indicator's polarity. */
public enum Trend {
  IMPROVING("Improving", "↑"),
  STABLE("Stable", "→"),
  WORSENING("Worsening", "↓");

  private final String label;
  private final String symbol;

  Trend(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }
}
