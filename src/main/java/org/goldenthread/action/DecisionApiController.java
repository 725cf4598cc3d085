package org.goldenthread.action;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.goldenthread.action.ActionViews.DecisionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  DecisionApiController(DecisionService decisions) {
    this.decisions = decisions;
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
}
