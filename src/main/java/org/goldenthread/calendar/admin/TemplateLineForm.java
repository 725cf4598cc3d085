package org.goldenthread.calendar.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.goldenthread.calendar.CalendarTemplateEntry;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.TemplateDate;
import org.goldenthread.calendar.TemplateLine;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.shared.FormErrors;

/** A line of the template as the performance team enters it: months and days of the year. */
record TemplateLineForm(
    @NotBlank(message = "Enter what happens or is done")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,
    @Size(max = 1000, message = "The description must be 1,000 characters or fewer")
        String description,
    @NotNull(message = "Choose whether this is an event or a task") EntryKind kind,
    @NotNull(message = "Choose what it concerns") Concerns concerns,
    BodyType ownerBodyType,
    Integer startMonth,
    Integer startDay,
    Integer dueMonth,
    Integer dueDay,
    Long version) {

  static TemplateLineForm blank() {
    return new TemplateLineForm(
        null, null, EntryKind.TASK, null, null, null, null, null, null, null);
  }

  static TemplateLineForm of(CalendarTemplateEntry t) {
    TemplateDate start = t.start();
    return new TemplateLineForm(
        t.getTitle(),
        t.getDescription(),
        t.getKind(),
        t.getConcerns(),
        t.getOwnerBodyType(),
        start == null ? null : start.month(),
        start == null ? null : start.day(),
        t.due().month(),
        t.due().day(),
        t.getVersion());
  }

  TemplateLineForm withVersion(Long current) {
    return new TemplateLineForm(
        title,
        description,
        kind,
        concerns,
        ownerBodyType,
        startMonth,
        startDay,
        dueMonth,
        dueDay,
        current);
  }

  /** The dates' problems, each named on its own field. */
  void checkDates(FormErrors errors) {
    TemplateDate.problem(dueMonth, dueDay)
        .ifPresent(p -> errors.add(dueMonth == null ? "dueMonth" : "dueDay", "Due date: " + p));
    if (startMonth != null || startDay != null) {
      TemplateDate.problem(startMonth, startDay)
          .ifPresent(
              p ->
                  errors.add(
                      startMonth == null ? "startMonth" : "startDay",
                      "Window start: " + p + ", or leave both empty for a single date"));
    }
  }

  TemplateLine line() {
    TemplateDate start =
        startMonth == null && startDay == null ? null : new TemplateDate(startMonth, startDay);
    return new TemplateLine(
        title.strip(),
        description == null || description.isBlank() ? null : description.strip(),
        kind,
        concerns,
        ownerBodyType,
        start,
        new TemplateDate(dueMonth, dueDay));
  }
}
