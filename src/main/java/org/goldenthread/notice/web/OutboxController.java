package org.goldenthread.notice.web;

import java.util.List;
import java.util.Map;
import org.goldenthread.notice.MailState;
import org.goldenthread.notice.MailSwitch;
import org.goldenthread.notice.Outbox;
import org.goldenthread.notice.OutboxMail;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox for administrators: what was mailed, to whom, when, and what failed. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

  private final Outbox outbox;
  private final OutboxViews views;
  private final MailSwitch mailSwitch;

  OutboxController(Outbox outbox, OutboxViews views, MailSwitch mailSwitch) {
    this.outbox = outbox;
    this.views = views;
    this.mailSwitch = mailSwitch;
  }

  @GetMapping("/admin/outbox")
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String person,
      Model model) {
    OutboxFilter filter = OutboxFilter.read(views, state, person, null);
    List<OutboxMail> mails =
        filter.problems().isEmpty()
            ? outbox.all().stream().filter(filter::matches).toList()
            : List.of();
    Map<Long, String> names = views.names(mails);
    model.addAttribute("mails", mails);
    model.addAttribute("names", names);
    model.addAttribute("states", MailState.values());
    model.addAttribute("state", state);
    model.addAttribute("person", person);
    model.addAttribute("problems", filter.problems());
    model.addAttribute("mailOff", mailSwitch.whyOff());
    model.addAttribute("unaddressed", views.waitingWithoutAddress());
    return "notice/outbox";
  }

  @GetMapping("/admin/outbox/{id}")
  String mail(@PathVariable long id, Model model) {
    OutboxMail mail = outbox.get(id);
    model.addAttribute("mail", mail);
    model.addAttribute("name", views.name(mail.getPersonId()));
    model.addAttribute("notices", outbox.noticesIn(id));
    model.addAttribute("mailOff", mailSwitch.whyOff());
    return "notice/mail";
  }

  @PostMapping("/admin/outbox/{id}/send-again")
  String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
    try {
      OutboxMail mail = outbox.sendAgain(id);
      redirect.addFlashAttribute(
          "success",
          mail.getState() == MailState.SENT
              ? "The mail has been sent again"
              : "The mail is waiting to be sent again: " + mail.getState().label());
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("success", e.getMessage());
    }
    return "redirect:/admin/outbox/" + id;
  }
}
