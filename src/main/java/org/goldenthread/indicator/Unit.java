package org.goldenthread.indicator;

import java.math.BigDecimal;

/** What an indicator's figures count. A percentage's ratio is multiplied by 100. */
public enum Unit {
  PERCENT("Percentage", "%", "100"),
  NUMBER("Number", "", "1"),
  COUNT("Count", "", "1"),
  DAYS("Days", " days", "1"),
  MONEY("Pounds", "£", "1"),
  RATIO("Ratio", "", "1");

  private final String label;
  private final String symbol;
  private final BigDecimal ratioMultiplier;

  Unit(String label, String symbol, String ratioMultiplier) {
    this.label = label;
    this.symbol = symbol;
    this.ratioMultiplier = new BigDecimal(ratioMultiplier);
  }

  public String label() {
    return label;
  }

  public BigDecimal ratioMultiplier() {
    return ratioMultiplier;
  }

  /** A figure with its unit, for reading: "£1,250", "96.4%", "8 days". */
  public String format(String number) {
    return switch (this) {
      case MONEY -> symbol + number;
      case PERCENT, DAYS -> number + symbol;
      default -> number;
    };
  }
}
