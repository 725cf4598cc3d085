package org.goldenthread.report;

import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.report.web.ReportChoices;
import org.springframework.ui.Model;

/**
 * The period a report or dashboard page shows: the one asked for, or without one (or with one that
 * cannot be read) the latest period of its kind that is over.
 *
 * @param current the period of its kind holding today
 * @param chosen the period shown
 * @param error what was wrong with the period asked for; null when nothing was
 */
public record PeriodChoice(Period current, Period chosen, String error) {

  public static PeriodChoice of(String asked, Period current) {
    Period latest = current.previous();
    if (asked == null || asked.isBlank()) {
      return new PeriodChoice(current, latest, null);
    }
    try {
      return new PeriodChoice(current, Period.parse(asked.trim()), null);
    } catch (PeriodFormatException e) {
      return new PeriodChoice(
          current,
          latest,
          "“"
              + asked.trim()
              + "” is not a period: choose one from the list, like "
              + latest.label());
    }
  }

  /** Offers the periods to choose from, and says what was wrong with the one asked for. */
  public void offer(Model model) {
    model.addAttribute("periods", ReportChoices.periods(current));
    if (error != null) {
      model.addAttribute("periodError", error);
    }
  }
}
