package org.goldenthread.action.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.web.ActionViews.DecisionView;
import org.goldenthread.shared.RequestBodyValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Committee decisions over JSON, with the progress of the actions arising from them. Progress is
 * reported through each action's own updates.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Committee decisions and the actions arising from them")
@SecurityRequirement(name = "apiToken")
class DecisionApiController {

  private final DecisionService decisions;
  private final RequestBodyValidator bodies;
  private final ActionService actions;

  DecisionApiController(
      DecisionService decisions, ActionService actions, RequestBodyValidator bodies) {
    this.bodies = bodies;
    this.decisions = decisions;
    this.actions = actions;
  }

  @GetMapping
  @Operation(
      summary =
          "The decisions register, body by body and newest first: optionally one body's, or only"
              + " the outstanding decisions (any action arising not yet complete, or none set)")
  List<DecisionView> list(
      @Parameter(description = "The id of the body") @RequestParam(required = false) Long body,
      @RequestParam(defaultValue = "false") boolean outstanding) {
    return decisions.register(body, outstanding).values().stream()
        .flatMap(Collection::stream)
        .map(DecisionView::of)
        .toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One decision, with the actions arising from it")
  DecisionView get(@PathVariable long id) {
    return DecisionView.of(decisions.progress(decisions.get(id)));
  }

  @PostMapping
  @PreAuthorize("@actionAccess.canRecordDecisions(authentication)")
  @Operation(
      summary =
          "Record a decision from the minutes (directors and administrators): bodyId, decidedOn,"
              + " minuteReference, title and resolution. 201 with the decision; 400 or 422 naming"
              + " what is wrong, such as a meeting date in the future.")
  ResponseEntity<DecisionView> record(@RequestBody DecisionForm form) throws BindException {
    bodies.valid(form);
    Decision decision = decisions.create(form);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(DecisionView.of(decisions.progress(decision)));
  }

  @PostMapping("/{id}/actions")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  @Operation(
      summary =
          "Add an action arising from the decision, with its responsible (lead) officer and due"
              + " date: the fields of an action (code, title, kind ACTION or PROJECT,"
              + " leadOfficerId, dueDate, and optionally description, frameworkItemId,"
              + " accountableId, orgUnitId, startDate). 201 with the decision and its actions.")
  ResponseEntity<DecisionView> addAction(@PathVariable long id, @RequestBody ActionForm form)
      throws BindException {
    bodies.valid(form);
    Decision decision = decisions.get(id);
    actions.create(form.arisingFrom(decision.getId()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(DecisionView.of(decisions.progress(decision)));
  }
}
