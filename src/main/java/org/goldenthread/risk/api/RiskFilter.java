package org.goldenthread.risk.api;

import java.util.Locale;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskCategory;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskState;
import org.springframework.validation.BindException;

/**
 * What a caller asked the risk list for: a register and a category by code or name, a band, overdue
 * or not, open or closed. Every value that names nothing is a problem, all named together.
 */
record RiskFilter(
    RiskRegister register, RiskCategory category, Band band, Boolean overdue, RiskState state) {

  static RiskFilter read(
      RiskRegisters registers,
      String register,
      String category,
      String band,
      String overdue,
      String state)
      throws BindException {
    Problems problems = new Problems("filter");
    RiskRegister r = null;
    if (present(register)) {
      r = registers.named(register).orElse(null);
      if (r == null) {
        problems.add("register", register, "No register has the code or name \"" + register + "\"");
      }
    }
    RiskCategory c = null;
    if (present(category)) {
      c = registers.categoryNamed(category).orElse(null);
      if (c == null) {
        problems.add("category", category, "No category has the code or name \"" + category + "\"");
      }
    }
    Band b = present(band) ? band(band) : null;
    if (present(band) && b == null) {
      problems.add("band", band, "The band must be LOW, MEDIUM or HIGH, not \"" + band + "\"");
    }
    Boolean o = present(overdue) ? yesNo(overdue) : null;
    if (present(overdue) && o == null) {
      problems.add("overdue", overdue, "Overdue must be true or false, not \"" + overdue + "\"");
    }
    RiskState s = present(state) ? state(state) : null;
    if (present(state) && s == null) {
      problems.add("state", state, "The state must be OPEN or CLOSED, not \"" + state + "\"");
    }
    problems.throwIfAny();
    return new RiskFilter(r, c, b, o, s);
  }

  boolean matches(Risk risk, RiskFacts facts) {
    return (register == null || register.equals(risk.getRegister()))
        && (category == null || category.equals(risk.getCategory()))
        && (band == null || band == facts.band())
        && (overdue == null || overdue == facts.overdue())
        && (state == null || state == risk.getState());
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static Band band(String text) {
    String wanted = text.strip().toUpperCase(Locale.UK);
    for (Band b : Band.values()) {
      if (b.name().equals(wanted)) {
        return b;
      }
    }
    return null;
  }

  private static RiskState state(String text) {
    String wanted = text.strip().toUpperCase(Locale.UK);
    for (RiskState s : RiskState.values()) {
      if (s.name().equals(wanted)) {
        return s;
      }
    }
    return null;
  }

  private static Boolean yesNo(String text) {
    return switch (text.strip().toLowerCase(Locale.UK)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
