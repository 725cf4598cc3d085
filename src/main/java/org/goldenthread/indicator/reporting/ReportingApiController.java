package org.goldenthread.indicator.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting periods and what is due in them over JSON (staff only: the route's rule). */
@RestController
@Tag(name = "Reporting periods", description = "Reporting periods, and the returns due in them")
@SecurityRequirement(name = "apiToken")
class ReportingApiController {

  /** Someone or something, by id and name. */
  record Ref(Long id, String name) {

    static Ref of(Long id, String name) {
      return id == null && name == null ? null : new Ref(id, name);
    }

    static Ref of(PersonRef person) {
      return person == null ? null : new Ref(person.personId(), person.name());
    }
  }

  /** A reporting period: which, whether open, and who opened and closed it when. */
  record PeriodView(
      String period,
      PeriodType type,
      LocalDate start,
      LocalDate end,
      ReportingPeriodState state,
      Instant openedAt,
      Ref openedBy,
      Instant closedAt,
      Ref closedBy,
      long version) {

    static PeriodView of(ReportingPeriod r) {
      return new PeriodView(
          r.label(),
          r.getPeriod().type(),
          r.getPeriod().start(),
          r.getPeriod().end(),
          r.getState(),
          r.getOpenedAt(),
          Ref.of(r.getOpenedBy()),
          r.getClosedAt(),
          Ref.of(r.getClosedBy()),
          r.getVersion());
    }
  }

  /** An indicator, by code and title. */
  record IndicatorRef(String code, String title) {}

  /** One return: what is owed, by whom, by when, and how far it has got. */
  record ReturnView(
      IndicatorRef indicator,
      String period,
      LocalDate deadline,
      Stage stage,
      boolean late,
      long daysLate,
      boolean returnedForCorrection,
      Ref responsible,
      Ref orgUnit,
      Ref directorate) {}

  /** A reporting period's returns. */
  record ReturnsView(String period, ReportingPeriodState state, List<ReturnView> returns) {}

  private static final Pattern HYPHENED = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(.*)$");

  private final ReportingPeriods periods;
  private final Returns returns;
  private final Directorates directorates;
  private final Clock clock;

  ReportingApiController(
      ReportingPeriods periods, Returns returns, Directorates directorates, Clock clock) {
    this.periods = periods;
    this.returns = returns;
    this.directorates = directorates;
    this.clock = clock;
  }

  @GetMapping("/api/v1/reporting-periods")
  @Operation(summary = "Every reporting period, open and closed, the latest first")
  List<PeriodView> list() {
    return periods.all().stream().map(PeriodView::of).toList();
  }

  @GetMapping("/api/v1/returns")
  @Operation(
      summary =
          "Each indicator figure due in a reporting period, with its deadline, stage and whether"
              + " it is late; without a period, the latest open one")
  ReturnsView returns(
      @Parameter(description = "The reporting period, like 2026/27 Q2 (or 2026-27 Q2)")
          @RequestParam(required = false)
          String period) {
    ReportingPeriod reporting = reportingPeriod(period);
    LocalDate today = LocalDate.now(clock);
    Directorates.Structure structure = directorates.read();
    List<ReturnView> views =
        returns.in(reporting.getPeriod(), today).stream()
            .map(r -> view(r, structure.of(r.orgUnitId()), today))
            .toList();
    return new ReturnsView(reporting.label(), reporting.getState(), views);
  }

  private ReportingPeriod reportingPeriod(String text) {
    if (text == null || text.isBlank()) {
      return periods.open().stream()
          .findFirst()
          .orElseThrow(
              () ->
                  new RuleViolationException(
                      "period", "No reporting period is open. Give the period, like 2026/27 Q2."));
    }
    Period asked = parse(text);
    return periods
        .find(asked)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "period",
                    asked.label()
                        + " is not a reporting period. GET /api/v1/reporting-periods lists"
                        + " them."));
  }

  /** A period label, with the year written 2026/27 or 2026-27 (easier in an address). */
  static Period parse(String text) {
    Matcher hyphened = HYPHENED.matcher(text);
    String label =
        hyphened.matches() ? hyphened.group(1) + "/" + hyphened.group(2) + hyphened.group(3) : text;
    try {
      return Period.parse(label);
    } catch (PeriodFormatException e) {
      throw new RuleViolationException("period", e.getMessage());
    }
  }

  private static ReturnView view(Return r, OrgUnit directorate, LocalDate today) {
    return new ReturnView(
        new IndicatorRef(r.code(), r.title()),
        r.period().label(),
        r.deadline(),
        r.stage(),
        r.late(),
        r.daysLate(today),
        r.returned(),
        Ref.of(r.responsibleId(), r.responsibleName()),
        Ref.of(r.orgUnitId(), r.orgUnitName()),
        directorate == null ? null : new Ref(directorate.getId(), directorate.getName()));
  }
}
