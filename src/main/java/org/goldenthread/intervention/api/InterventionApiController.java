package org.goldenthread.intervention.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.intervention.api.InterventionViews.DetailView;
import org.goldenthread.intervention.api.InterventionViews.IndicatorInterventionView;
import org.goldenthread.intervention.api.InterventionViews.NoteView;
import org.goldenthread.intervention.api.InterventionViews.OwedView;
import org.goldenthread.intervention.api.InterventionViews.PlanView;
import org.goldenthread.intervention.api.InterventionViews.ReviewView;
import org.goldenthread.intervention.api.InterventionViews.SubjectView;
import org.goldenthread.intervention.api.InterventionViews.SummaryView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Interventions over JSON (SPEC §8, M10 point 6). */
@RestController
@Tag(
    name = "Interventions",
    description = "Interventions on the ladder: their level, steps, notes, plans and reviews")
@SecurityRequirement(name = "apiToken")
class InterventionApiController {

  private final IndicatorService indicators;
  private final InterventionRegister register;

  InterventionApiController(IndicatorService indicators, InterventionRegister register) {
    this.indicators = indicators;
    this.register = register;
  }

  @GetMapping("/api/v1/indicators/{code}/interventions")
  @PreAuthorize("@indicatorAccess.canReadCode(authentication, #code)")
  @Operation(
      summary =
          "An indicator's interventions in the order they opened: level (1-5), state (OPEN or"
              + " CLOSED), the periods that opened and closed each, its steps in period order"
              + " (period, change OPENED|RAISED|HELD|CLOSED, level, reason) and the notes of what"
              + " a re-evaluation changed. Interventions a correction withdrew are left out.")
  List<IndicatorInterventionView> ofIndicator(@PathVariable String code) {
    return register.inOrder(indicators.byCode(code)).stream()
        .map(i -> IndicatorInterventionView.of(i, register.notes(i)))
        .toList();
  }

  @GetMapping("/api/v1/interventions")
  @Operation(
      summary =
          "The council's interventions on indicators and actions, overdue first, then the highest"
              + " level: open ones unless asked otherwise")
  List<SummaryView> list(
      @Parameter(description = "OPEN (the default), CLOSED or ALL") @RequestParam(required = false)
          InterventionRegister.Scope state,
      @Parameter(description = "Only this level of the ladder, 1 to 5")
          @RequestParam(required = false)
          Integer level) {
    return register.list(new InterventionRegister.Filter(state, level, null)).stream()
        .map(SummaryView::of)
        .toList();
  }

  @GetMapping("/api/v1/interventions/{id}")
  @Operation(
      summary =
          "One intervention with its steps, notes, remedial plans and director reviews, and what"
              + " it owes now")
  DetailView one(@PathVariable long id) {
    Intervention i = register.get(id);
    InterventionRegister.Entry entry = register.entry(i);
    return new DetailView(
        i.getId(),
        SubjectView.of(i),
        i.getLevel(),
        entry.levelName(),
        i.getState(),
        i.isWithdrawn(),
        InterventionViews.label(i.getOpenedPeriod()),
        InterventionViews.label(i.getClosedPeriod()),
        entry.directorate() == null ? null : entry.directorate().getName(),
        OwedView.of(entry.owed()),
        InterventionViews.steps(i),
        register.notes(i).stream().map(NoteView::of).toList(),
        register.plans(i).stream().map(PlanView::of).toList(),
        register.reviews(i).stream().map(ReviewView::of).toList());
  }
}
