package org.goldenthread.indicator.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.kept.ScorecardQuery;
import org.goldenthread.indicator.kept.ScorecardQuery.Sort;
import org.goldenthread.indicator.kept.ScorecardRows;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.Choice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard: every indicator the reader may see for a period, filtered. */
@Controller
class ScorecardController {

  private final Scorecard scorecard;
  private final ScorecardRows rows;
  private final PlanService plans;
  private final FrameworkService framework;
  private final GovernanceService governance;
  private final OrgChoices organisation;
  private final Clock clock;
  private final IndicatorAccess access;
  private final FrameworkAccess frameworkAccess;

  ScorecardController(
      Scorecard scorecard,
      ScorecardRows rows,
      PlanService plans,
      FrameworkService framework,
      GovernanceService governance,
      OrgChoices organisation,
      Clock clock,
      IndicatorAccess access,
      FrameworkAccess frameworkAccess) {
    this.scorecard = scorecard;
    this.rows = rows;
    this.plans = plans;
    this.framework = framework;
    this.governance = governance;
    this.organisation = organisation;
    this.clock = clock;
    this.access = access;
    this.frameworkAccess = frameworkAccess;
  }

  /** The period the scorecard is asked for, read by the period formatter. */
  record AskedPeriod(Period period) {}

  /** Rows on a page unless asked otherwise ({@code size=all}: every row). */
  static final int PAGE_SIZE = 50;

  @GetMapping("/indicators")
  String scorecard(
      AskedPeriod period,
      BindingResult binding,
      @RequestParam(required = false) Long planId,
      @RequestParam(required = false) Long itemId,
      @RequestParam(required = false) Long portfolioId,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(required = false) IndicatorType type,
      @RequestParam(required = false) Status status,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) String size,
      Authentication authentication,
      Model model) {
    Period lastQuarter = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    Period chosen = period.period() == null ? lastQuarter : period.period();
    FieldError wrong = binding.getFieldError("period");
    if (wrong != null) {
      // What the period formatter said of the text (PeriodFormatException's message).
      model.addAttribute(
          "problem", wrong.unwrap(TypeMismatchException.class).getMostSpecificCause().getMessage());
    }
    Scorecard.Filter filter =
        new Scorecard.Filter(planId, itemId, portfolioId, orgUnitId, type, status);
    ScorecardQuery query =
        query(
            chosen, filter, access.visibleIds(authentication).orElse(null), sort, dir, page, size);
    ScorecardRows.Page card = rows.page(query);
    model.addAttribute("card", card);
    model.addAttribute("links", new ScorecardLinks(query, card.total()));
    model.addAttribute("atRisk", card.atRisk());
    model.addAttribute("onWatch", card.onWatch());
    model.addAttribute("filter", filter);
    model.addAttribute("periods", recentPeriods(lastQuarter));
    model.addAttribute(
        "plans",
        choices(
            "Any plan",
            frameworkAccess.visiblePlans(authentication, plans.all()).stream()
                .map(p -> Choice.of(p.getId(), p.getTitle()))
                .toList()));
    model.addAttribute(
        "priorities",
        choices(
            "Any priority",
            framework.all().stream()
                .filter(i -> i.getType() == ItemType.PRIORITY)
                .filter(i -> frameworkAccess.canReadItem(authentication, i.getId()))
                .map(i -> Choice.of(i.getId(), i.label()))
                .toList()));
    model.addAttribute(
        "portfolios",
        choices(
            "Any portfolio",
            governance.portfolios().stream()
                .map(p -> Choice.of(p.getId(), p.getTitle()))
                .toList()));
    model.addAttribute("units", organisation.units("Any directorate or service"));
    model.addAttribute(
        "types", choices("Any type", Choice.of(IndicatorType.class, IndicatorType::label)));
    model.addAttribute("statuses", choices("Any status", Choice.of(Status.class, Status::label)));
    return "indicator/scorecard";
  }

  /** The query an address asks for: {@code size=all} shows every row, a size unread 50. */
  static ScorecardQuery query(
      Period period,
      Scorecard.Filter filter,
      Set<Long> within,
      String sort,
      String dir,
      int page,
      String size) {
    Integer rows = PAGE_SIZE;
    if ("all".equalsIgnoreCase(size)) {
      rows = null;
    } else if (size != null) {
      try {
        rows = Math.max(1, Integer.parseInt(size));
      } catch (NumberFormatException unread) {
        rows = PAGE_SIZE;
      }
    }
    return new ScorecardQuery(
        period, filter, within, Sort.of(sort), "desc".equalsIgnoreCase(dir), page, rows);
  }

  private static List<Choice> choices(String blank, List<Choice> options) {
    List<Choice> all = new ArrayList<>();
    all.add(Choice.of(null, blank));
    all.addAll(options);
    return all;
  }

  private static List<Choice> recentPeriods(Period lastQuarter) {
    List<Choice> choices = new ArrayList<>();
    Period q = lastQuarter.next();
    for (int i = 0; i < 9; i++) {
      choices.add(Choice.of(q.label(), q.label()));
      if (q.index() == 4) {
        choices.add(Choice.of(q.financialYear().label(), q.financialYear().label() + " (year)"));
      }
      q = q.previous();
    }
    return choices;
  }
}
