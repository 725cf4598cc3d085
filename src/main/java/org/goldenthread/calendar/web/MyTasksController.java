package org.goldenthread.calendar.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.calendar.CalendarAccess;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.CalendarViews;
import org.goldenthread.calendar.CalendarYear;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryView;
import org.goldenthread.calendar.Standing;
import org.goldenthread.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's tasks (their own and their bodies'), an entry's page, and marking a task done. */
@Controller
class MyTasksController {

  /** Missed first, then due, then upcoming, then done; cancelled ones last. */
  private static final List<Standing> ORDER =
      List.of(
          Standing.MISSED,
          Standing.DUE,
          Standing.UPCOMING,
          Standing.DONE,
          Standing.HAPPENED,
          Standing.CANCELLED);

  private final CalendarService calendar;
  private final CalendarViews views;
  private final CalendarAccess access;
  private final AuditTrail audit;

  MyTasksController(
      CalendarService calendar, CalendarViews views, CalendarAccess access, AuditTrail audit) {
    this.calendar = calendar;
    this.views = views;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/calendar/my-tasks")
  String myTasks(@AuthenticationPrincipal CurrentUser user, Model model) {
    List<EntryView> tasks =
        user.personId() == null
            ? List.of()
            : views.of(calendar.ofPersonAndTheirBodies(user.personId())).stream()
                .filter(v -> v.entry().getKind() == EntryKind.TASK)
                .sorted(
                    Comparator.comparing((EntryView v) -> ORDER.indexOf(v.standing()))
                        .thenComparing(v -> v.entry().getDueOn()))
                .toList();
    model.addAttribute("tasks", tasks);
    model.addAttribute(
        "markable",
        tasks.stream()
            .filter(t -> t.isOpenTask() && access.canMarkDone(user, t.entry()))
            .map(t -> t.entry().getId())
            .collect(Collectors.toSet()));
    model.addAttribute("hasPerson", user.personId() != null);
    // Partner users have tasks of their partnership boards, but not the council's calendar pages.
    model.addAttribute("canOpenEntries", user.roles().stream().anyMatch(r -> r != Role.PARTNER));
    model.addAttribute(
        "missed", tasks.stream().filter(t -> t.standing() == Standing.MISSED).count());
    model.addAttribute("due", tasks.stream().filter(t -> t.standing() == Standing.DUE).count());
    return "calendar/my-tasks";
  }

  @GetMapping("/calendar/entries/{id}")
  String entry(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
    CalendarEntry entry = calendar.get(id);
    model.addAttribute("view", views.of(entry));
    model.addAttribute("yearCode", CalendarYear.code(entry.getFinancialYear()));
    model.addAttribute("canMarkDone", access.canMarkDone(user, entry));
    model.addAttribute("history", audit.historyOf(CalendarEntry.class, id));
    return "calendar/entry";
  }

  @PostMapping("/calendar/entries/{id}/done")
  @PreAuthorize("@calendarAccess.canMarkDone(authentication, #id)")
  String markDone(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String back,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> calendar.markDone(id, version, user.person()),
        done -> "‘" + done.getTitle() + "’ is marked as done");
    return "my-tasks".equals(back)
        ? "redirect:/calendar/my-tasks"
        : "redirect:/calendar/entries/" + id;
  }
}
