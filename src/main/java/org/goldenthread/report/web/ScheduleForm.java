package org.goldenthread.report.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.goldenthread.report.Frequency;
import org.springframework.format.annotation.DateTimeFormat;

/** A body to receive a report, how often, and when it is next due. */
public record ScheduleForm(
    @NotNull(message = "Choose the body that receives the report") Long bodyId,
    @NotNull(message = "Choose how often the body receives the report") Frequency frequency,
    @NotNull(message = "Enter the date the report is next due, for example 14 7 2026")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate nextDue) {

  static ScheduleForm blank() {
    return new ScheduleForm(null, Frequency.QUARTERLY, null);
  }
}
