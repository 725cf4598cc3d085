package org.goldenthread.calendar.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.CalendarViews;
import org.goldenthread.calendar.CalendarYear;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryState;
import org.goldenthread.calendar.EntryView;
import org.goldenthread.calendar.Standing;
import org.goldenthread.period.FinancialYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The council's calendar over JSON: a financial year's events and tasks. */
@RestController
@Tag(name = "Calendar", description = "The council's calendar of planning and reporting")
@SecurityRequirement(name = "apiToken")
class CalendarApiController {

  /** A year's calendar. */
  record YearView(@Schema(example = "2026/27") String year, List<EntryJson> entries) {}

  /** Who owns an entry. */
  record OwnerJson(@Schema(description = "PERSON or BODY") String type, Long id, String name) {}

  /** One event or task. */
  record EntryJson(
      long id,
      String title,
      EntryKind kind,
      Concerns concerns,
      @Schema(description = "The plan, report definition or body it concerns, by id")
          Long concernsId,
      @Schema(description = "Null when nobody owns it yet") OwnerJson owner,
      @Schema(description = "The first day of its window; null for a single date")
          LocalDate startsOn,
      LocalDate dueOn,
      EntryState state,
      @Schema(description = "Where it stands today: a task past its date and not done is MISSED")
          Standing standing,
      LocalDate doneOn,
      long version) {

    static EntryJson of(EntryView view) {
      CalendarEntry e = view.entry();
      OwnerJson owner =
          view.owner().type() == EntryView.OwnerType.NONE
              ? null
              : new OwnerJson(view.owner().type().name(), view.owner().id(), view.owner().name());
      return new EntryJson(
          e.getId(),
          e.getTitle(),
          e.getKind(),
          e.getConcerns(),
          e.getConcernsId(),
          owner,
          e.getStartsOn(),
          e.getDueOn(),
          e.getState(),
          view.standing(),
          e.getDoneOn(),
          e.getVersion());
    }
  }

  private final CalendarService calendar;
  private final CalendarViews views;

  CalendarApiController(CalendarService calendar, CalendarViews views) {
    this.calendar = calendar;
    this.views = views;
  }

  @GetMapping("/api/v1/calendar")
  @Operation(
      summary =
          "A financial year's events and tasks by due date, each with its owner (a person or a"
              + " body), dates, state and where it stands today. A year that is not one is refused"
              + " with 422 naming year; a year with no calendar yet has no entries.")
  YearView year(
      @Parameter(description = "The financial year, 2026-27 or 2026/27; the current one if none")
          @RequestParam(required = false)
          String year) {
    FinancialYear chosen = CalendarYear.parse(year, calendar.today());
    return new YearView(
        chosen.label(), views.of(calendar.year(chosen)).stream().map(EntryJson::of).toList());
  }
}
