package org.goldenthread.report;

import org.goldenthread.period.Period;
import org.goldenthread.report.web.ReportChoices;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The period a report or dashboard page shows: the one asked for, or without one (or with one that
 * cannot be read) the latest period of its kind that is over.
 *
 * @param current the period of its kind holding today
 * @param chosen the period shown
 * @param error what was wrong with the period asked for; null when nothing was
 */
public record PeriodChoice(Period current, Period chosen, String error) {

  /**
   * The period a page was asked for, read by the period formatter; a text that is not a period
   * leaves it empty and its error, with the text, in the binding result beside it.
   */
  public record Asked(Period period) {}

  /** The choice from what was asked; {@code binding} may be null when nothing was bound. */
  public static PeriodChoice of(Asked asked, Errors binding, Period current) {
    Period latest = current.previous();
    FieldError wrong = binding == null ? null : binding.getFieldError("period");
    if (wrong != null) {
      return new PeriodChoice(
          current,
          latest,
          "“"
              + String.valueOf(wrong.getRejectedValue()).trim()
              + "” is not a period: choose one from the list, like "
              + latest.label());
    }
    return new PeriodChoice(current, asked.period() == null ? latest : asked.period(), null);
  }

  /** Offers the periods to choose from, and says what was wrong with the one asked for. */
  public void offer(Model model) {
    model.addAttribute("periods", ReportChoices.periods(current));
    if (error != null) {
      model.addAttribute("periodError", error);
    }
  }
}
