package org.goldenthread.indicator.value;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.period.Period;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entering the period's figures, and verifying them. */
@Controller
class DataEntryController {

  private final IndicatorService indicators;
  private final DataEntry entry;
  private final DuePeriods due;
  private final IndicatorResults results;
  private final IndicatorAccess access;
  private final IndicatorValueRepository values;
  private final MessageSource messages;
  private final Figures figures;

  DataEntryController(
      IndicatorService indicators,
      DataEntry entry,
      DuePeriods due,
      IndicatorResults results,
      IndicatorAccess access,
      IndicatorValueRepository values,
      MessageSource messages,
      Figures figures) {
    this.indicators = indicators;
    this.entry = entry;
    this.due = due;
    this.results = results;
    this.access = access;
    this.values = values;
    this.messages = messages;
    this.figures = figures;
  }

  /**
   * What the officer (or partner) owes, most urgent first, narrowed to a period and to what still
   * needs doing ({@code show=todo}) or what has been sent ({@code show=sent}) if asked.
   */
  @GetMapping("/my-indicators")
  String mine(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String show,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication,
      Model model) {
    Optional<PartnerScope> partner = access.partnerScope(authentication);
    List<DuePeriods.Due> owed =
        partner.isPresent()
            ? (partner.get().organisationId() == null
                ? List.of()
                : due.providedBy(partner.get().organisationId()))
            : (user.personId() == null ? List.of() : due.of(user.personId()));
    List<Owed> all = owed.stream().map(Owed::new).sorted(Owed.MOST_URGENT_FIRST).toList();
    String chosenPeriod = period == null || period.isBlank() ? null : period.strip();
    model.addAttribute(
        "due",
        all.stream()
            .filter(o -> chosenPeriod == null || o.due().period().label().equals(chosenPeriod))
            .filter(o -> !"todo".equals(show) || o.toDo())
            .filter(o -> !"sent".equals(show) || !o.toDo())
            .toList());
    model.addAttribute("total", all.size());
    model.addAttribute("toDo", all.stream().filter(Owed::toDo).count());
    model.addAttribute("late", owed.stream().filter(DuePeriods.Due::late).count());
    model.addAttribute("chosenPeriod", chosenPeriod);
    model.addAttribute("show", "todo".equals(show) || "sent".equals(show) ? show : null);
    model.addAttribute("periods", Owed.periods(all));
    model.addAttribute(
        "shows",
        List.of(
            Choice.of(null, "Everything"),
            Choice.of("todo", "Still to do: due, late or returned"),
            Choice.of("sent", "Sent for verification or verified")));
    model.addAttribute("withoutReportingPeriods", due.withoutReportingPeriods());
    return "indicator/mine";
  }

  @GetMapping("/indicators/{id}/enter")
  @PreAuthorize("@indicatorAccess.canEnter(authentication, #id)")
  String form(@PathVariable long id, @RequestParam(required = false) Period period, Model model) {
    Indicator indicator = indicators.get(id);
    Period chosen = period == null ? due.duePeriod(indicator) : period;
    ValueForm form =
        values
            .findByIndicatorAndPeriod(indicator, chosen)
            .map(ValueForm::of)
            .orElse(ValueForm.blank());
    return page(model, indicator, chosen, form, FormErrors.none());
  }

  @PostMapping("/indicators/{id}/enter")
  @PreAuthorize("@indicatorAccess.canEnter(authentication, #id)")
  String enter(
      @PathVariable long id,
      @RequestParam("period") Period chosen,
      @RequestParam(defaultValue = "submit") String action,
      @Valid @ModelAttribute("form") ValueForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    boolean submit = !"save".equals(action);
    // What the form's own checks found is named together with the rules of entry, all at once.
    Map<String, String> found = new LinkedHashMap<>();
    FormErrors.from(result, messages).entries().forEach(e -> found.put(e.getKey(), e.getValue()));
    return FormErrors.submit(
        new BeanPropertyBindingResult(form, "form"),
        messages,
        // A form without a version was opened before anyone had entered this period's value; if
        // someone has since, saving it would silently replace theirs.
        () ->
            entry.enterJudged(
                indicator,
                chosen,
                form,
                user.person(),
                submit,
                v -> new ConcurrentEditException("value", v.getVersion()),
                found),
        entered -> {
          IndicatorValue saved = entered.value();
          String done =
              entered.forecastOnly()
                  ? "The forecast for "
                      + indicator.getCode()
                      + " "
                      + chosen.label()
                      + " has been saved; the value stays "
                      + saved.getState().label().toLowerCase()
                  : indicator.getCode()
                      + " "
                      + chosen.label()
                      + (submit || saved.getState() == ValueState.SUBMITTED
                          ? " has been submitted for verification"
                          : " has been saved as a draft");
          Outturn outturn = results.calculator(indicator).outturn(chosen, saved.getForecast());
          redirect.addFlashAttribute(
              "success", done + ". " + OutturnWords.sentence(indicator, outturn));
          return "redirect:/indicators/" + id;
        },
        errors ->
            page(model, indicator, chosen, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  /**
   * The figure the numerator and denominator typed so far make, for the entry form to show before
   * anything is submitted (htmx); the form works without it.
   */
  @PostMapping("/indicators/{id}/enter/figure")
  @PreAuthorize("@indicatorAccess.canEnter(authentication, #id)")
  String figure(
      @PathVariable long id,
      @RequestParam(required = false) String numerator,
      @RequestParam(required = false) String denominator,
      Model model) {
    model.addAttribute(
        "workedOut", WorkedOut.sentence(indicators.get(id), figures, numerator, denominator));
    return "indicator/enter :: figure";
  }

  private String page(
      Model model, Indicator indicator, Period period, ValueForm form, FormErrors errors) {
    model.addAttribute(
        "workedOut", WorkedOut.sentence(indicator, figures, form.numerator(), form.denominator()));
    IndicatorValue existing = values.findByIndicatorAndPeriod(indicator, period).orElse(null);
    model.addAttribute("indicator", indicator);
    model.addAttribute("period", period);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("existing", existing);
    model.addAttribute("lockedIn", entry.lockedIn(period).orElse(null));
    model.addAttribute("target", results.calculator(indicator).target(period).orElse(null));
    model.addAttribute("deadline", due.deadline(period));
    model.addAttribute(
        "periods",
        due.enterable(indicator).stream().map(p -> Choice.of(p.label(), p.label())).toList());
    return "indicator/enter";
  }
}
