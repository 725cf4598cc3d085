package org.goldenthread.indicator.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Perspective;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.chart.ChartSeries;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.indicator.chart.TrendChart;
import org.goldenthread.indicator.commentary.CalculatedCommentaries;
import org.goldenthread.indicator.commentary.CalculatedCommentary;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
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

/** The scorecard, each indicator's page, and (for the performance team) definitions. */
@Controller
class IndicatorController {

  private final IndicatorService indicators;
  private final IndicatorResults results;
  private final Scorecard scorecard;
  private final IndicatorValueRepository values;
  private final CalculatedCommentaries commentaries;
  private final PlanService plans;
  private final FrameworkService framework;
  private final GovernanceService governance;
  private final OrgChoices organisation;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final IndicatorAccess access;
  private final FrameworkAccess frameworkAccess;

  IndicatorController(
      IndicatorService indicators,
      IndicatorResults results,
      Scorecard scorecard,
      IndicatorValueRepository values,
      CalculatedCommentaries commentaries,
      PlanService plans,
      FrameworkService framework,
      GovernanceService governance,
      OrgChoices organisation,
      AuditTrail audit,
      MessageSource messages,
      Clock clock,
      IndicatorAccess access,
      FrameworkAccess frameworkAccess) {
    this.access = access;
    this.frameworkAccess = frameworkAccess;
    this.indicators = indicators;
    this.results = results;
    this.scorecard = scorecard;
    this.values = values;
    this.commentaries = commentaries;
    this.plans = plans;
    this.framework = framework;
    this.governance = governance;
    this.organisation = organisation;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  private static List<Choice> choices(String blank, List<Choice> options) {
    List<Choice> all = new ArrayList<>();
    all.add(Choice.of(null, blank));
    all.addAll(options);
    return all;
  }

  @PostMapping("/indicators/{id}/data-provider")
  @PreAuthorize("@indicatorAccess.canDefine(authentication)")
  String provideDataBy(
      @PathVariable long id,
      @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> indicators.provideDataBy(id, organisationId, version),
        i ->
            i.getDataProvider() == null
                ? "The council now provides the figures for " + i.getCode()
                : i.getDataProvider().getName() + " now provides the figures for " + i.getCode());
    return "redirect:/indicators/" + id;
  }

  @GetMapping("/indicators/{id}")
  @PreAuthorize("@indicatorAccess.canRead(authentication, #id)")
  String show(@PathVariable long id, Model model, Authentication authentication) {
    Indicator indicator = indicators.get(id);
    IndicatorCalculator calculator = results.calculator(indicator);
    Period current = Period.containing(LocalDate.now(clock), indicator.getFrequency());
    List<PeriodResult> series = ChartSeries.upTo(calculator, current, 8, null);
    List<PeriodResult> rows = new ArrayList<>(series);
    Collections.reverse(rows);
    List<IndicatorValue> recorded = new ArrayList<>(values.findByIndicator(indicator));
    recorded.sort(Comparator.comparing(IndicatorValue::getPeriod).reversed());
    model.addAttribute("indicator", indicator);
    model.addAttribute("rows", rows);
    model.addAttribute("latest", rows.size() > 1 ? rows.get(1) : rows.get(0));
    model.addAttribute(
        "chart",
        ChartSeries.chart(
            "chart",
            indicator.getTitle() + ": actual against target",
            series,
            Measure.of(indicator, calculator),
            TrendChart.Size.FULL));
    model.addAttribute("recorded", recorded);
    model.addAttribute("states", recordedStates(recorded));
    List<CalculatedCommentary> said =
        indicator.isCalculated() ? commentaries.of(indicator) : List.of();
    Map<String, CalculatedCommentary> saidByPeriod = new HashMap<>();
    said.forEach(c -> saidByPeriod.put(c.getPeriod().label(), c));
    model.addAttribute("commentaries", said);
    model.addAttribute("said", saidByPeriod);
    model.addAttribute(
        "canComment", indicator.isCalculated() && access.canEnter(authentication, id));
    model.addAttribute("history", audit.historyOf(Indicator.class, id));
    model.addAttribute("providers", organisation.partners("The council"));
    return "indicator/indicator";
  }

  private static Map<String, IndicatorValue> recordedStates(List<IndicatorValue> recorded) {
    Map<String, IndicatorValue> byPeriod = new HashMap<>();
    recorded.forEach(v -> byPeriod.put(v.getPeriod().label(), v));
    return byPeriod;
  }

  @GetMapping("/indicators/new")
  @PreAuthorize("@indicatorAccess.canDefine(authentication)")
  String createForm(Model model) {
    return form(model, null, IndicatorForm.blank(), FormErrors.none());
  }

  @PostMapping("/indicators/new")
  @PreAuthorize("@indicatorAccess.canDefine(authentication)")
  String create(
      @Valid @ModelAttribute("form") IndicatorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> indicators.create(form),
        indicator -> {
          redirect.addFlashAttribute("success", indicator.label() + " has been added");
          return "redirect:/indicators/" + indicator.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/indicators/{id}/edit")
  @PreAuthorize("@indicatorAccess.canDefine(authentication)")
  String editForm(@PathVariable long id, Model model) {
    Indicator indicator = indicators.get(id);
    return form(model, indicator, IndicatorForm.of(indicator), FormErrors.none());
  }

  @PostMapping("/indicators/{id}/edit")
  @PreAuthorize("@indicatorAccess.canDefine(authentication)")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") IndicatorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = indicators.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> indicators.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.label() + " has been updated");
          return "redirect:/indicators/" + id;
        },
        errors -> form(model, indicator, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, Indicator indicator, IndicatorForm form, FormErrors errors) {
    model.addAttribute("indicator", indicator);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(IndicatorType.class, IndicatorType::label));
    model.addAttribute("unitChoices", Choice.of(Unit.class, Unit::label));
    model.addAttribute("polarities", Choice.of(Polarity.class, Polarity::label));
    model.addAttribute("frequencies", Choice.of(PeriodType.class, PeriodType::label));
    model.addAttribute("aggregations", Choice.of(Aggregation.class, Aggregation::label));
    model.addAttribute(
        "toleranceKinds",
        choices("The council's default", Choice.of(Tolerance.Kind.class, Tolerance.Kind::label)));
    model.addAttribute(
        "perspectives", choices("None", Choice.of(Perspective.class, Perspective::label)));
    model.addAttribute("people", organisation.people("Not recorded", null));
    model.addAttribute(
        "portfolios",
        choices(
            "No portfolio",
            governance.portfolios().stream()
                .map(p -> Choice.of(p.getId(), p.getTitle()))
                .toList()));
    model.addAttribute("units", organisation.units("No unit"));
    model.addAttribute(
        "items",
        framework.all().stream()
            .filter(i -> i.getType().inThread())
            .map(i -> Choice.of(i.getId(), i.getType().label() + ": " + i.label()))
            .toList());
    return "indicator/indicator-form";
  }
}
