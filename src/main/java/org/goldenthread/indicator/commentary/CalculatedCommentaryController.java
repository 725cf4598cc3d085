package org.goldenthread.indicator.commentary;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
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

/**
 * The responsible officer's commentary and remedial action for a period of a calculated indicator
 * (whose figure is worked out, not entered), under the same rule as entering a value.
 */
@Controller
class CalculatedCommentaryController {

  /** How many periods back the officer may choose from, as the indicator's page shows. */
  static final int PERIODS = 8;

  private final IndicatorService indicators;
  private final IndicatorResults results;
  private final CalculatedCommentaries commentaries;
  private final MessageSource messages;
  private final Clock clock;

  CalculatedCommentaryController(
      IndicatorService indicators,
      IndicatorResults results,
      CalculatedCommentaries commentaries,
      MessageSource messages,
      Clock clock) {
    this.indicators = indicators;
    this.results = results;
    this.commentaries = commentaries;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/indicators/{id}/commentary")
  @PreAuthorize("@indicatorAccess.canEnter(authentication, #id)")
  String form(@PathVariable long id, @RequestParam(required = false) Period period, Model model) {
    Indicator indicator = indicators.get(id);
    if (!indicator.isCalculated()) {
      return "redirect:/indicators/" + id + "/enter";
    }
    Period chosen = period == null ? current(indicator).previous() : period;
    CommentaryForm form =
        commentaries.of(indicator, chosen).map(CommentaryForm::of).orElse(CommentaryForm.blank());
    return page(model, indicator, chosen, form, FormErrors.none());
  }

  @PostMapping("/indicators/{id}/commentary")
  @PreAuthorize("@indicatorAccess.canEnter(authentication, #id)")
  String write(
      @PathVariable long id,
      @RequestParam("period") Period chosen,
      @Valid @ModelAttribute("form") CommentaryForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> commentaries.write(indicator, chosen, form, user.person()),
        saved -> {
          redirect.addFlashAttribute(
              "success",
              "The commentary for "
                  + indicator.getCode()
                  + " "
                  + chosen.label()
                  + " has been saved");
          return "redirect:/indicators/" + id;
        },
        errors ->
            page(model, indicator, chosen, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private Period current(Indicator indicator) {
    return Period.containing(LocalDate.now(clock), indicator.getFrequency());
  }

  private String page(
      Model model, Indicator indicator, Period period, CommentaryForm form, FormErrors errors) {
    model.addAttribute("indicator", indicator);
    model.addAttribute("period", period);
    model.addAttribute("result", results.calculator(indicator).result(period));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    List<Choice> periods = new ArrayList<>();
    Period p = current(indicator);
    for (int i = 0; i < PERIODS; i++) {
      periods.add(Choice.of(p.label(), p.label()));
      p = p.previous();
    }
    model.addAttribute("periods", periods);
    return "indicator/commentary";
  }
}
