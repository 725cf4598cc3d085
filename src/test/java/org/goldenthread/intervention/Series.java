package org.goldenthread.intervention;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.period.Period;

/**
 * Test series written as letters, one quarter each from 2026/27 Q1: G A R M D, and - pending; a
 * letter followed by * is a period whose point is a concerning special cause on its XmR chart.
 */
final class Series {

  private Series() {}

  static List<PeriodOutcome> quarters(String letters) {
    return from(Period.quarter(2026, 1), letters);
  }

  static List<PeriodOutcome> from(Period first, String letters) {
    List<PeriodOutcome> periods = new ArrayList<>();
    Period period = first;
    for (String letter : letters.trim().split("\\s+")) {
      boolean signal = letter.endsWith("*");
      String colour = signal ? letter.substring(0, letter.length() - 1) : letter;
      periods.add(new PeriodOutcome(period, outcome(colour), signal));
      period = period.next();
    }
    return periods;
  }

  static Outcome outcome(String letter) {
    return switch (letter) {
      case "G" -> Outcome.GREEN;
      case "A" -> Outcome.AMBER;
      case "R" -> Outcome.RED;
      case "M" -> Outcome.MISSING;
      case "D" -> Outcome.DATA_ONLY;
      case "-" -> null;
      default -> throw new IllegalArgumentException(letter);
    };
  }

  /** The steps as "OPENED 2" words, one per evaluated period, "-" where none. */
  static List<String> steps(Escalation escalation) {
    return escalation.periods().stream()
        .map(p -> p.step().map(s -> s.change() + " " + s.level()).orElse("-"))
        .toList();
  }

  static List<Integer> levels(Escalation escalation) {
    return escalation.periods().stream().map(PeriodLevel::level).toList();
  }
}
