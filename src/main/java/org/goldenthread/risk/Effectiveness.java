package org.goldenthread.risk;

/** How well a control holds the risk today, as its owner judges it. */
public enum Effectiveness {
  EFFECTIVE("Effective"),
  PARTLY_EFFECTIVE("Partly effective"),
  NOT_EFFECTIVE("Not effective");

  private final String label;

  Effectiveness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
