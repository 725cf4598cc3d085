package org.goldenthread.account;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage who can sign in and with which roles. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

  private final AccountService accounts;
  private final PersonService people;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;

  AccountAdminController(
      AccountService accounts,
      PersonService people,
      AuditTrail audit,
      MessageSource messages,
      Clock clock) {
    this.accounts = accounts;
    this.people = people;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("now", clock.instant());
    return "account/accounts";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return form(model, null, AccountForm.blank(), FormErrors.none());
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> accounts.create(form),
        account -> {
          redirect.addFlashAttribute(
              "success", "The account " + account.getUsername() + " has been created");
          return "redirect:/admin/accounts/" + account.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable long id, Model model) {
    UserAccount account = accounts.get(id);
    return form(model, account, AccountForm.of(account), FormErrors.none());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UserAccount account = accounts.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> accounts.update(id, form),
        saved -> {
          redirect.addFlashAttribute(
              "success", "The account " + saved.getUsername() + " has been updated");
          return "redirect:/admin/accounts/" + id;
        },
        errors -> form(model, account, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable long id, RedirectAttributes redirect) {
    accounts.unlock(id);
    redirect.addFlashAttribute("success", "The account has been unlocked");
    return "redirect:/admin/accounts/" + id;
  }

  private String form(Model model, UserAccount account, AccountForm form, FormErrors errors) {
    model.addAttribute("account", account);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("now", clock.instant());
    model.addAttribute("roles", Choice.of(Role.class, Role::label));
    List<Choice> personChoices = new ArrayList<>();
    personChoices.add(Choice.of(null, "Not linked to a person"));
    people
        .search(null, null)
        .forEach(p -> personChoices.add(Choice.of(p.getId(), p.getFullName())));
    model.addAttribute("people", personChoices);
    if (account != null) {
      model.addAttribute("history", audit.historyOf(UserAccount.class, account.getId()));
    }
    return "account/account-form";
  }
}
