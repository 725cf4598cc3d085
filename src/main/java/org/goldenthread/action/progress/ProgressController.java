package org.goldenthread.action.progress;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionList;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.web.ActionChoices;
import org.goldenthread.period.Period;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lead officer's own actions, and reporting progress on one. */
@Controller
class ProgressController {

  private final ActionService actions;
  private final ActionList list;
  private final ProgressUpdates updates;
  private final ActionChoices choices;
  private final MessageSource messages;

  ProgressController(
      ActionService actions,
      ActionList list,
      ProgressUpdates updates,
      ActionChoices choices,
      MessageSource messages) {
    this.actions = actions;
    this.list = list;
    this.updates = updates;
    this.choices = choices;
    this.messages = messages;
  }

  /**
   * Mine: every action with where it stands this quarter, what needs an update first and what is
   * completed last, narrowed by {@code show} if asked; with how many stand each way.
   */
  record Mine(
      Period period,
      List<Mine.Row> rows,
      long toUpdate,
      long upToDate,
      long complete,
      String show) {

    /** One action: 0 needs an update this quarter, 1 updated, 2 completed. */
    record Row(ActionList.Line line, int standing) {

      public String shows() {
        return switch (standing) {
          case 0 -> "update";
          case 1 -> "open";
          default -> "complete";
        };
      }
    }

    public int total() {
      return (int) (toUpdate + upToDate + complete);
    }
  }

  @GetMapping("/my-actions")
  String mine(
      @RequestParam(required = false) String show,
      @AuthenticationPrincipal CurrentUser user,
      Model model) {
    Period period = updates.currentPeriod();
    List<ActionList.Line> lines =
        user.personId() == null
            ? List.of()
            : list.listing(actions.ofPerson(user.personId()), ActionList.Filter.NONE).lines();
    List<Mine.Row> rows =
        lines.stream()
            .map(
                l ->
                    new Mine.Row(
                        l, l.action().isComplete() ? 2 : l.action().needsUpdate(period) ? 0 : 1))
            .sorted(
                Comparator.comparingInt(Mine.Row::standing)
                    .thenComparing(
                        r -> r.line().action().getDueDate(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(r -> r.line().action().getCode()))
            .toList();
    String chosen =
        show != null && List.of("update", "open", "complete").contains(show) ? show : null;
    model.addAttribute(
        "mine",
        new Mine(
            period,
            rows.stream().filter(r -> chosen == null || r.shows().equals(chosen)).toList(),
            rows.stream().filter(r -> r.standing() == 0).count(),
            rows.stream().filter(r -> r.standing() == 1).count(),
            rows.stream().filter(r -> r.standing() == 2).count(),
            chosen));
    model.addAttribute(
        "shows",
        List.of(
            Choice.of(null, "Every action"),
            Choice.of("update", "Needs an update for " + period.label()),
            Choice.of("open", "Updated for " + period.label()),
            Choice.of("complete", "Completed")));
    return "action/mine";
  }

  @GetMapping("/actions/{id}/update")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String form(@PathVariable long id, Model model) {
    Action action = actions.get(id);
    return page(model, action, updates.formFor(action), FormErrors.none());
  }

  @PostMapping("/actions/{id}/update")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ProgressForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> updates.update(id, form, user.person()),
        saved -> {
          redirect.addFlashAttribute(
              "success",
              saved.getAction().getCode()
                  + " progress for "
                  + saved.getPeriod().label()
                  + " has been recorded as "
                  + saved.getStatus().label());
          return "redirect:/actions/" + id;
        },
        errors ->
            page(model, actions.get(id), errors.keep(form, ProgressForm::withVersion), errors));
  }

  private String page(Model model, Action action, ProgressForm form, FormErrors errors) {
    model.addAttribute("action", action);
    model.addAttribute("suggestion", action.suggestion(actions.today()));
    model.addAttribute("period", updates.currentPeriod());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", choices.brag());
    return "action/update";
  }
}
