package org.goldenthread.organisation.web;

import jakarta.validation.Valid;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.organisation.governance.PortfolioForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cabinet portfolios: who holds each and the services it covers. */
@Controller
class PortfolioController {

  private final GovernanceService governance;
  private final OrgChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  PortfolioController(
      GovernanceService governance, OrgChoices choices, AuditTrail audit, MessageSource messages) {
    this.governance = governance;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/portfolios")
  String list(Model model) {
    model.addAttribute("portfolios", governance.portfolios());
    return "organisation/portfolios";
  }

  @GetMapping("/portfolios/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("portfolio", governance.portfolio(id));
    model.addAttribute("history", audit.historyOf(Portfolio.class, id));
    return "organisation/portfolio";
  }

  @GetMapping("/portfolios/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createForm(Model model) {
    return form(model, null, new PortfolioForm(null, null, null, null, null), FormErrors.none());
  }

  @PostMapping("/portfolios/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") PortfolioForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> governance.createPortfolio(form),
        portfolio -> {
          redirect.addFlashAttribute("success", portfolio.getTitle() + " has been added");
          return "redirect:/portfolios/" + portfolio.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/portfolios/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable long id, Model model) {
    Portfolio portfolio = governance.portfolio(id);
    return form(model, portfolio, PortfolioForm.of(portfolio), FormErrors.none());
  }

  @PostMapping("/portfolios/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") PortfolioForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Portfolio portfolio = governance.portfolio(id);
    return FormErrors.submit(
        result,
        messages,
        () -> governance.updatePortfolio(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getTitle() + " has been updated");
          return "redirect:/portfolios/" + id;
        },
        errors -> form(model, portfolio, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, Portfolio portfolio, PortfolioForm form, FormErrors errors) {
    model.addAttribute("portfolio", portfolio);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("holders", choices.people("Vacant", PersonType.COUNCILLOR));
    model.addAttribute("services", choices.services());
    return "organisation/portfolio-form";
  }
}
