package org.goldenthread.risk.web;

import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskRegister;

/**
 * A risk as a register or a person's list shows it: its facts today and how each score's band
 * looks, and where it came from when it was moved onto its register.
 */
public record RiskRow(
    Risk risk,
    RiskFacts facts,
    RiskBands.Look inherentLook,
    RiskBands.Look currentLook,
    RiskBands.Look targetLook) {

  /** "Escalated from …" or "De-escalated from …", or null when it never moved. */
  public String cameFrom() {
    RiskRegister from = risk.getEscalatedFrom();
    if (from == null) {
      return null;
    }
    boolean up = risk.getRegister().getLevel().isAbove(from.getLevel());
    return (up ? "Escalated from " : "De-escalated from ") + from.getName();
  }

  /** Whether its review is overdue or falls within {@code days} of today. */
  public boolean reviewDueWithin(java.time.LocalDate today, int days) {
    return risk.isOpen() && !risk.getNextReview().isAfter(today.plusDays(days));
  }
}
