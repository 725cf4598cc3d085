package org.goldenthread.organisation.web;

import jakarta.validation.Valid;
import java.util.stream.Stream;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.ContactForm;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.Readers;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People: everyone signed in can find them; administrators record them; a person (or whoever
 * manages them) keeps their own contact details up to date.
 */
@Controller
class PersonController {

  private final PersonService people;
  private final GovernanceService governance;
  private final OrgChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  PersonController(
      PersonService people,
      GovernanceService governance,
      OrgChoices choices,
      AuditTrail audit,
      MessageSource messages) {
    this.people = people;
    this.governance = governance;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/people")
  String list(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String type,
      Model model) {
    PersonType chosen = parseType(type);
    model.addAttribute("people", people.search(name, chosen));
    model.addAttribute("name", name);
    model.addAttribute("type", chosen);
    model.addAttribute(
        "types",
        Stream.concat(
                Stream.of(Choice.of(null, "Everyone")),
                Choice.of(PersonType.class, PersonType::label).stream())
            .toList());
    return "organisation/people";
  }

  private static PersonType parseType(String type) {
    for (PersonType t : PersonType.values()) {
      if (t.name().equals(type)) {
        return t;
      }
    }
    return null;
  }

  @GetMapping("/people/{id}")
  String show(@PathVariable long id, Authentication reader, Model model) {
    Person person = people.get(id);
    model.addAttribute("person", person);
    model.addAttribute(
        "showContact", Readers.seesContactDetails(reader, person.hasPublishedContactDetails()));
    model.addAttribute("reports", people.reportsOf(person));
    model.addAttribute("seats", governance.seatsOf(person));
    model.addAttribute("portfolios", governance.portfoliosHeldBy(person));
    model.addAttribute("history", audit.historyOf(Person.class, id));
    return "organisation/person";
  }

  @GetMapping("/people/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createForm(Model model) {
    return form(model, null, PersonForm.blank(), FormErrors.none());
  }

  @PostMapping("/people/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> people.create(form),
        person -> {
          redirect.addFlashAttribute("success", person.getFullName() + " has been added");
          return "redirect:/people/" + person.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/people/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable long id, Model model) {
    Person person = people.get(id);
    return form(model, person, PersonForm.of(person), FormErrors.none());
  }

  @PostMapping("/people/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Person person = people.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> people.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getFullName() + " has been updated");
          return "redirect:/people/" + id;
        },
        errors -> form(model, person, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  @GetMapping("/people/{id}/contact")
  @PreAuthorize("@access.canEditPerson(authentication, #id)")
  String contactForm(@PathVariable long id, Model model) {
    Person person = people.get(id);
    return contact(model, person, ContactForm.of(person), FormErrors.none());
  }

  @PostMapping("/people/{id}/contact")
  @PreAuthorize("@access.canEditPerson(authentication, #id)")
  String updateContact(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Person person = people.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> people.updateContact(id, form),
        saved -> {
          redirect.addFlashAttribute("success", "Contact details have been updated");
          return "redirect:/people/" + id;
        },
        errors -> contact(model, person, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, Person person, PersonForm form, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(PersonType.class, PersonType::label));
    model.addAttribute("units", choices.units("Not in a unit (councillors and partners)"));
    model.addAttribute("managers", choices.people("No line manager", PersonType.OFFICER));
    model.addAttribute("partners", choices.partners("Not a partner organisation's contact"));
    return "organisation/person-form";
  }

  private String contact(Model model, Person person, ContactForm form, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "organisation/person-contact";
  }
}
