package org.goldenthread.indicator.web;

import java.nio.file.Path;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.period.BankHolidays;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PeriodConfig {

  /**
   * Deadlines in working days, with the bank holidays from the bundled list or the council's file.
   */
  @Bean
  Deadlines deadlines(IndicatorProperties settings) {
    BankHolidays holidays =
        settings.bankHolidaysFile() == null || settings.bankHolidaysFile().isBlank()
            ? BankHolidays.englandAndWales()
            : BankHolidays.fromPath(Path.of(settings.bankHolidaysFile()));
    return new Deadlines(new WorkingDays(holidays));
  }
}
