package org.goldenthread.action.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionAccess;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.progress.ProgressForm;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.action.web.ActionViews.ActionView;
import org.goldenthread.shared.ClientVersion;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actions over JSON: each with its lead officer's own status and the status the product suggests,
 * judged as at a day (today unless asked), and progress updates under the same rules as the page.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "Actions, projects and milestones, with BRAG statuses")
@SecurityRequirement(name = "apiToken")
class ActionApiController {

  /** A progress update sent by a program, checked by the same BRAG rules as the page. */
  record UpdateRequest(
      Integer percentComplete,
      String status,
      LocalDate completedOn,
      String commentary,
      String remedialAction,
      Long version) {}

  private final ActionService actions;
  private final ProgressUpdates updates;
  private final ActionAccess access;

  ActionApiController(ActionService actions, ProgressUpdates updates, ActionAccess access) {
    this.actions = actions;
    this.updates = updates;
    this.access = access;
  }

  @GetMapping
  @Operation(
      summary =
          "All actions, optionally only the overdue ones, those self-assessed at a status, or those"
              + " a person leads; statuses and overdue flags are judged as at asOf (default today)")
  List<ActionView> list(
      @RequestParam(required = false) Boolean overdue,
      @Parameter(description = "BLUE, GREEN, AMBER or RED: the lead officer's own assessment")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "The id of the lead officer") @RequestParam(required = false)
          Long lead,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Authentication authentication) {
    LocalDate day = asOf == null ? actions.today() : asOf;
    Brag assessed = status == null || status.isBlank() ? null : brag(status);
    return access.visible(authentication, actions.all(), Action::getId).stream()
        .filter(a -> overdue == null || a.isOverdue(day) == overdue)
        .filter(a -> assessed == null || a.getStatus() == assessed)
        .filter(a -> lead == null || lead.equals(a.getLeadOfficer().getId()))
        .map(a -> ActionView.of(a, day))
        .toList();
  }

  @GetMapping("/{code}")
  @PreAuthorize("@actionAccess.canReadCode(authentication, #code)")
  @Operation(summary = "One action, with its milestones and its progress updates, newest first")
  ActionView get(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    Action action = actions.byCode(code);
    return ActionView.of(action, asOf == null ? actions.today() : asOf, updates.of(action));
  }

  @PostMapping("/{code}/updates")
  @Operation(
      summary =
          "Record this quarter's progress update (201), or replace the one already made this"
              + " quarter (200, sending its version: 428 without one, 409 when stale or when"
              + " someone else records this quarter's first update at the same moment). Refused with 422, naming the field, when it"
              + " breaks the BRAG rules: Blue needs completedOn, Amber and Red need commentary and"
              + " remedialAction, and an action past its due date and not complete cannot be"
              + " Green.")
  ResponseEntity<ActionView> update(
      @PathVariable String code,
      @RequestBody UpdateRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication) {
    Action action = actions.byCode(code);
    if (!access.canUpdate(authentication, action)) {
      throw new AccessDeniedException("Not responsible for " + action.getCode());
    }
    if (request.percentComplete() == null) {
      throw new RuleViolationException(
          "percentComplete", "Enter the percentage complete, from 0 to 100");
    }
    boolean replacing =
        updates.of(action).stream().anyMatch(u -> u.getPeriod().equals(updates.currentPeriod()));
    Long version =
        replacing
            ? Long.valueOf(ClientVersion.required("progress update", request.version(), ifMatch))
            : ClientVersion.of(request.version(), ifMatch);
    ProgressForm form =
        new ProgressForm(
            request.percentComplete(),
            request.status() == null ? null : brag(request.status()),
            request.completedOn(),
            request.commentary(),
            request.remedialAction(),
            version);
    updates.update(action.getId(), form, user.person());
    return ResponseEntity.status(replacing ? HttpStatus.OK : HttpStatus.CREATED)
        .body(ActionView.of(action, actions.today(), updates.of(action)));
  }

  private static Brag brag(String text) {
    return Brag.read(text)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "status",
                    "The status must be Blue, Green, Amber or Red, not \"" + text + "\""));
  }
}
