package org.goldenthread.indicator;

/**
 * A value's status against its target (SPEC §4). Each has a word, a symbol and a colour, so that
 * status never depends on colour alone.
 */
public enum Status {
  GREEN("Green", "On target", "✔", "green"),
  AMBER("Amber", "Within tolerance", "▲", "yellow"),
  RED("Red", "Off target", "✖", "red"),
  NO_DATA("No data", "Due but not entered", "?", "grey"),
  DATA_ONLY("Data only", "No target set", "–", "blue");

  private final String label;
  private final String meaning;
  private final String symbol;
  private final String colour;

  Status(String label, String meaning, String symbol, String colour) {
    this.label = label;
    this.meaning = meaning;
    this.symbol = symbol;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  public String symbol() {
    return symbol;
  }

  /** The GOV.UK tag colour that repeats the status. */
  public String colour() {
    return colour;
  }

  /** Amber and red values need commentary and a remedial action (SPEC §4). */
  public boolean needsExplanation() {
    return this == AMBER || this == RED;
  }
}
