package org.goldenthread.indicator.value;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.calc.IndicatorCalculator;
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

  @GetMapping("/my-indicators")
  String mine(
      @AuthenticationPrincipal CurrentUser user, Authentication authentication, Model model) {
    Optional<PartnerScope> partner = access.partnerScope(authentication);
    model.addAttribute(
        "due",
        partner.isPresent()
            ? (partner.get().organisationId() == null
                ? List.of()
                : due.providedBy(partner.get().organisationId()))
            : (user.personId() == null ? List.of() : due.of(user.personId())));
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

  @GetMapping("/verification")
  String queue(Authentication authentication, Model model) {
    List<IndicatorValue> mine =
        entry.awaitingVerification().stream()
            .filter(v -> access.canVerify(authentication, v.getIndicator()))
            .toList();
    Map<Long, IndicatorCalculator> calculators =
        results.calculators(mine.stream().map(IndicatorValue::getIndicator).distinct().toList());
    model.addAttribute("values", mine);
    model.addAttribute(
        "statuses",
        mine.stream()
            .map(v -> calculators.get(v.getIndicator().getId()).result(v.getPeriod()))
            .toList());
    return "indicator/verification";
  }

  @PostMapping("/values/{id}/verify")
  @PreAuthorize("@indicatorAccess.canVerify(authentication, #id)")
  String verify(
      @PathVariable long id,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    return act(() -> entry.verify(id, user.person()), "verified", redirect);
  }

  @PostMapping("/values/{id}/return")
  @PreAuthorize("@indicatorAccess.canVerify(authentication, #id)")
  String returnValue(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(() -> entry.returnForCorrection(id, reason), "returned for correction", redirect);
  }

  @PostMapping("/values/{id}/publish")
  @PreAuthorize("hasRole('ADMIN')")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    return act(() -> entry.publish(id), "published", redirect);
  }

  private String act(Supplier<IndicatorValue> change, String done, RedirectAttributes redirect) {
    FormErrors.notice(redirect, change, v -> v.label() + " has been " + done);
    return "redirect:/verification";
  }
}
