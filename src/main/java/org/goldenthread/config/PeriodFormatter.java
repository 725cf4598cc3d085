package org.goldenthread.config;

import java.util.Locale;
import org.goldenthread.period.Period;
import org.springframework.format.Formatter;

/**
 * Reads a period in a request as its label ({@code 2026/27 Q2}), so controllers take a typed {@code
 * Period}: a request parameter or path variable, or a form's field. Text that is not a period is
 * refused with {@link org.goldenthread.period.PeriodFormatException}'s message, saying what a label
 * looks like: a page answers 400, the API 422 naming the parameter ({@link ApiErrorHandler}).
 */
class PeriodFormatter implements Formatter<Period> {

  @Override
  public Period parse(String text, Locale locale) {
    return Period.parse(text);
  }

  @Override
  public String print(Period period, Locale locale) {
    return period.label();
  }
}
