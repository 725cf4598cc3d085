package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.period.Period;

/** What an indicator reports for one period. Any part may be empty (null). */
public record PeriodResult(
    Period period,
    BigDecimal actual,
    BigDecimal target,
    Status status,
    Trend trendFromPrevious,
    Trend trendFromLastYear) {}
