package org.goldenthread.calendar.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.ConcernedRecords;
import org.goldenthread.calendar.ConcernedRecords.Concerned;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryDetails;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryView;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One year's event or task as the performance team enters it. The record it concerns is chosen as
 * PLAN:12, REPORT:3 or MEETING:5; the owner as P12 (a person) or B3 (a body).
 */
record EntryForm(
    @NotBlank(message = "Enter what happens or is done")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,
    @Size(max = 1000, message = "The description must be 1,000 characters or fewer")
        String description,
    @NotNull(message = "Choose whether this is an event or a task") EntryKind kind,
    @NotNull(message = "Choose what it concerns") Concerns concerns,
    String record,
    String owner,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
    @NotNull(message = "Enter the due date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn,
    Long version) {

  static EntryForm blank() {
    return new EntryForm(null, null, EntryKind.TASK, null, null, null, null, null, null);
  }

  static EntryForm of(CalendarEntry e) {
    return new EntryForm(
        e.getTitle(),
        e.getDescription(),
        e.getKind(),
        e.getConcerns(),
        e.getConcernsId() == null ? null : e.getConcerns().name() + ":" + e.getConcernsId(),
        EntryView.ownerOf(e).key(),
        e.getStartsOn(),
        e.getDueOn(),
        e.getVersion());
  }

  EntryForm withVersion(Long current) {
    return new EntryForm(
        title, description, kind, concerns, record, owner, startsOn, dueOn, current);
  }

  /** The record and owner chosen, checked against what exists and what the entry concerns. */
  EntryDetails details(FinancialYear year, List<Concerned> records, FormErrors errors) {
    Long concernsId = null;
    if (record != null && !record.isBlank()) {
      Concerned chosen =
          records.stream().filter(r -> r.key().equals(record)).findFirst().orElse(null);
      if (chosen == null) {
        errors.add("record", "Choose a record from the list");
      } else if (chosen.concerns() != concerns) {
        errors.add(
            "record",
            "The record chosen is "
                + chosen.concerns().label().toLowerCase()
                + ", but the entry concerns "
                + (concerns == null ? "nothing chosen" : concerns.label().toLowerCase())
                + ": choose one that matches, or none");
      } else {
        concernsId = chosen.id();
      }
    }
    Long personId = null;
    Long bodyId = null;
    if (owner != null && owner.matches("[PB]\\d+")) {
      long id = Long.parseLong(owner.substring(1));
      if (owner.charAt(0) == 'P') {
        personId = id;
      } else {
        bodyId = id;
      }
    } else if (owner != null && !owner.isBlank()) {
      errors.add("owner", "Choose the owner from the list");
    }
    if (dueOn != null && !year.contains(dueOn)) {
      errors.add(
          "dueOn",
          "The due date must fall in "
              + year.label()
              + ", from 1 April "
              + year.startYear()
              + " to 31 March "
              + (year.startYear() + 1));
    }
    if (startsOn != null && !year.contains(startsOn)) {
      errors.add("startsOn", "The window must start in " + year.label() + " too");
    } else if (startsOn != null && dueOn != null && startsOn.isAfter(dueOn)) {
      errors.add("startsOn", "The window must start on or before the due date");
    }
    return new EntryDetails(
        title == null ? null : title.strip(),
        description == null || description.isBlank() ? null : description.strip(),
        kind,
        concerns,
        concernsId,
        personId,
        bodyId,
        startsOn,
        dueOn);
  }

  static boolean namesRecord(Concerns concerns) {
    return ConcernedRecords.namesRecord(concerns);
  }
}
