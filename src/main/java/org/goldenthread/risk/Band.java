package org.goldenthread.risk;

/**
 * A score band (SPEC §6): its word, colour and symbol come from the settings ({@link RiskBands}).
 * Names are kept as the API gives them.
 */
public enum Band {
  LOW,
  MEDIUM,
  HIGH
}
