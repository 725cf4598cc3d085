package org.goldenthread.risk;

/**
 * How a risk's current score moved since the end of the previous quarter (SPEC §6): up, down,
 * unchanged, new (opened since) or closed (closed since).
 */
public enum Movement {
  UP("Up", "▲"),
  DOWN("Down", "▼"),
  UNCHANGED("Unchanged", "►"),
  NEW("New", "★"),
  CLOSED("Closed", "✕");

  private final String label;
  private final String symbol;

  Movement(String label, String symbol) {
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
