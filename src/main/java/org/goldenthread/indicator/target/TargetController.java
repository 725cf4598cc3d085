package org.goldenthread.indicator.target;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An indicator's targets: anyone signed in may see them with who set and approved each; the
 * performance team and the indicator's accountable person set them, one period at a time or as an
 * annual target profiled across the year, and approve them.
 */
@Controller
class TargetController {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  /** One target as the page lists it. */
  record Row(
      long id,
      String period,
      String amount,
      String setBy,
      String setOn,
      String approvedBy,
      String approvedOn) {

    public boolean approved() {
      return approvedBy != null;
    }
  }

  private final IndicatorService indicators;
  private final Targets targets;
  private final IndicatorAccess access;
  private final MessageSource messages;
  private final Clock clock;

  TargetController(
      IndicatorService indicators,
      Targets targets,
      IndicatorAccess access,
      MessageSource messages,
      Clock clock) {
    this.indicators = indicators;
    this.targets = targets;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/indicators/{id}/targets")
  @PreAuthorize("@indicatorAccess.canRead(authentication, #id)")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    Indicator indicator = indicators.get(id);
    return page(
        model,
        indicator,
        authentication,
        TargetForm.blank(),
        ProfileForm.blank(thisYear().label()),
        FormErrors.none());
  }

  @PostMapping("/indicators/{id}/targets")
  @PreAuthorize("@indicatorAccess.canSetTargets(authentication, #id)")
  String set(
      @PathVariable long id,
      @Valid @ModelAttribute("targetForm") TargetForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    return FormErrors.submit(
        result,
        messages,
        () ->
            targets.set(
                indicator,
                period(form.period(), "period"),
                new BigDecimal(form.amount().trim()),
                user.person()),
        target -> {
          redirect.addFlashAttribute(
              "success",
              "The target for "
                  + target.getPeriod().label()
                  + " is now "
                  + figure(indicator, target.getAmount())
                  + ". It needs approving.");
          return "redirect:/indicators/" + id + "/targets";
        },
        errors ->
            page(
                model,
                indicator,
                authentication,
                form,
                ProfileForm.blank(thisYear().label()),
                errors));
  }

  @PostMapping("/indicators/{id}/targets/profile")
  @PreAuthorize("@indicatorAccess.canSetTargets(authentication, #id)")
  String profile(
      @PathVariable long id,
      @Valid @ModelAttribute("profileForm") ProfileForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> {
          Period year = period(form.year(), "year");
          if (year.type() != PeriodType.FINANCIAL_YEAR) {
            throw new RuleViolationException("year", "Choose a financial year, like 2026/27");
          }
          if (form.into().months() < indicator.getFrequency().months()) {
            throw new RuleViolationException(
                "into",
                indicator.getCode()
                    + " is collected by "
                    + indicator.getFrequency().label().toLowerCase(Locale.UK)
                    + ", so its target cannot be split into "
                    + form.into().label().toLowerCase(Locale.UK)
                    + "s.");
          }
          List<BigDecimal> profile = form.profile();
          if (!profile.isEmpty() && form.into() == PeriodType.FINANCIAL_YEAR) {
            throw new RuleViolationException(
                "weights",
                "A profile spreads the target across quarters or months: choose one, or leave the"
                    + " profile empty");
          }
          return targets.profile(
              indicator,
              year.year(),
              new BigDecimal(form.annual().trim()),
              form.into(),
              profile,
              user.person());
        },
        set -> {
          redirect.addFlashAttribute(
              "success",
              "The "
                  + set.get(0).getPeriod().label()
                  + " target of "
                  + figure(indicator, set.get(0).getAmount())
                  + (set.size() > 1
                      ? " has been set and profiled into "
                          + (set.size() - 1)
                          + " "
                          + form.into().label().toLowerCase(Locale.UK)
                          + "s. They need approving."
                      : " has been set. It needs approving."));
          return "redirect:/indicators/" + id + "/targets";
        },
        errors -> page(model, indicator, authentication, TargetForm.blank(), form, errors));
  }

  @PostMapping("/indicators/{id}/targets/{targetId}/approve")
  @PreAuthorize("@indicatorAccess.canSetTargets(authentication, #id)")
  String approve(
      @PathVariable long id,
      @PathVariable long targetId,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    boolean ours = targets.of(indicator).stream().anyMatch(t -> t.getId() == targetId);
    if (!ours) {
      redirect.addFlashAttribute("problem", "That target is not one of " + indicator.getCode());
    } else {
      IndicatorTarget target = targets.approve(targetId, user.person());
      redirect.addFlashAttribute(
          "success", "The target for " + target.getPeriod().label() + " has been approved.");
    }
    return "redirect:/indicators/" + id + "/targets";
  }

  private String page(
      Model model,
      Indicator indicator,
      Authentication authentication,
      TargetForm targetForm,
      ProfileForm profileForm,
      FormErrors errors) {
    List<Row> rows = new ArrayList<>();
    for (IndicatorTarget t : targets.of(indicator)) {
      rows.add(
          new Row(
              t.getId(),
              t.getPeriod().label(),
              figure(indicator, t.getAmount()),
              t.getSetBy(),
              DAY.format(t.getSetAt()),
              t.getApprovedBy(),
              t.getApprovedAt() == null ? null : DAY.format(t.getApprovedAt())));
    }
    Period year = thisYear();
    List<Choice> years = new ArrayList<>();
    for (Period y = year.previous(); !y.equals(year.next().next()); y = y.next()) {
      years.add(Choice.of(y.label(), y.label()));
    }
    List<Choice> splits = new ArrayList<>();
    splits.add(Choice.of(PeriodType.FINANCIAL_YEAR.name(), "The year only"));
    if (indicator.getFrequency().months() <= PeriodType.QUARTER.months()) {
      splits.add(Choice.of(PeriodType.QUARTER.name(), "The year and its quarters"));
    }
    if (indicator.getFrequency() == PeriodType.MONTH) {
      splits.add(Choice.of(PeriodType.MONTH.name(), "The year and its months"));
    }
    model.addAttribute("indicator", indicator);
    model.addAttribute("rows", rows);
    model.addAttribute("canSet", access.canSetTargets(authentication, indicator));
    model.addAttribute("shared", indicator.getAggregation() == Aggregation.SUM);
    model.addAttribute("targetForm", targetForm);
    model.addAttribute("profileForm", profileForm);
    model.addAttribute("years", years);
    model.addAttribute("splits", splits);
    model.addAttribute("errors", errors);
    return "indicator/targets";
  }

  private Period thisYear() {
    return Period.containing(LocalDate.now(clock), PeriodType.FINANCIAL_YEAR);
  }

  private static Period period(String label, String field) {
    try {
      return Period.parse(label);
    } catch (PeriodFormatException e) {
      throw new RuleViolationException(field, e.getMessage());
    }
  }

  private static String figure(Indicator indicator, BigDecimal amount) {
    return indicator.getUnit().format(Numbers.plain(amount));
  }
}
