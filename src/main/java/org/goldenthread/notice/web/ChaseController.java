package org.goldenthread.notice.web;

import org.goldenthread.account.CurrentUser;
import org.goldenthread.notice.Chases;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Send a reminder now" on the late returns: the performance team, directors and managers. */
@Controller
class ChaseController {

  private final Chases chases;

  ChaseController(Chases chases) {
    this.chases = chases;
  }

  @PostMapping("/returns/chase")
  @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR', 'MANAGER')")
  String chase(
      @RequestParam long indicatorId,
      @RequestParam String period,
      @RequestParam(required = false) String returnTo,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    String back = localPath(returnTo);
    try {
      Period chosen = Period.parse(period);
      PersonRef by = PersonRef.recorded(user.displayName(), user.personId(), user.accountId());
      redirect.addFlashAttribute("chased", chases.chase(indicatorId, chosen, by));
    } catch (PeriodFormatException | RuleViolationException | RecordNotFoundException e) {
      redirect.addFlashAttribute("chaseError", "No reminder was sent: " + e.getMessage());
    }
    return "redirect:" + back;
  }

  /** Only a path on this site: anything else (another host, a scheme, //host) goes to /returns. */
  static String localPath(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.startsWith("/\\")
        || returnTo.contains("\r")
        || returnTo.contains("\n")) {
      return "/returns";
    }
    return returnTo;
  }
}
