package org.goldenthread.home;

import java.util.List;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.report.dashboard.DashboardBuilder;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.DisplayFormats;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after signing in, shaped by who you are: the performance team sees the whole
 * council, managers and directors the units they lead, officers their unit and team, councillors
 * their portfolios (each with its dashboard at a glance) and committees, partners their
 * organisation.
 */
@Controller
class HomeController {

  private final PersonService people;
  private final OrgUnitService units;
  private final GovernanceService governance;
  private final PlanService plans;
  private final FrameworkService framework;
  private final DashboardBuilder dashboards;
  private final AccountService accounts;
  private final DisplayFormats formats;
  private final RiskService risks;
  private final WhatToDo whatToDo;
  private final Numbers numbers;

  HomeController(
      PersonService people,
      OrgUnitService units,
      GovernanceService governance,
      PlanService plans,
      FrameworkService framework,
      DashboardBuilder dashboards,
      AccountService accounts,
      DisplayFormats formats,
      RiskService risks,
      WhatToDo whatToDo,
      Numbers numbers) {
    this.people = people;
    this.units = units;
    this.governance = governance;
    this.plans = plans;
    this.framework = framework;
    this.dashboards = dashboards;
    this.accounts = accounts;
    this.formats = formats;
    this.risks = risks;
    this.whatToDo = whatToDo;
    this.numbers = numbers;
  }

  /**
   * One read-only transaction for the whole page: the many services it asks join it, so the
   * thousands of records they read are neither kept for dirty checking nor flushed again at the end
   * of each service's own transaction (three flushes of every record read, before).
   */
  @GetMapping("/")
  @Transactional(readOnly = true)
  String home(
      @AuthenticationPrincipal CurrentUser user, Authentication authentication, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("roles", user.roles().stream().sorted().map(Role::label).toList());
    model.addAttribute("admin", user.has(Role.ADMIN));
    accounts
        .failedSignInsBeforeLatest(user.accountId())
        .ifPresent(failed -> model.addAttribute("failedSignIns", failed.message(formats)));
    if (user.has(Role.ADMIN)) {
      model.addAttribute("unitCount", units.all().size());
      model.addAttribute("personCount", people.search(null, null).size());
      model.addAttribute("bodyCount", governance.bodies().size());
      model.addAttribute("council", numbers.council().now(numbers.open().all()));
    }
    if (user.personId() != null) {
      Person me = people.get(user.personId());
      model.addAttribute("me", me);
      model.addAttribute(
          "todo",
          whatToDo.of(
              me.getId(),
              user.has(Role.PARTNER) && me.getOrganisation() != null
                  ? me.getOrganisation().getId()
                  : null));
      model.addAttribute("reports", people.reportsOf(me));
      List<Portfolio> portfolios = governance.portfoliosHeldBy(me);
      model.addAttribute("portfolios", portfolios);
      model.addAttribute("dashboards", dashboards.atAGlance(portfolios));
      model.addAttribute("seats", governance.seatsOf(me));
      List<OrgUnit> led =
          units.all().stream()
              .filter(u -> u.getHead() != null && u.getHead().getId().equals(me.getId()))
              .toList();
      model.addAttribute("led", led);
      if (user.has(Role.MANAGER) || user.has(Role.DIRECTOR)) {
        OpenReturns.Open open = numbers.open().all();
        if (user.has(Role.DIRECTOR)) {
          model.addAttribute("directorates", numbers.directorates().of(led, open));
        }
        model.addAttribute(
            "team", numbers.team().of(authentication, led, people.reportsOf(me), open));
      }
      if (!user.has(Role.PARTNER)) {
        model.addAttribute("waiting", numbers.interventions().of(me.getId()));
      }
      model.addAttribute("plans", plans.ownedBy(me.getId()));
      model.addAttribute("items", framework.ofPerson(me.getId()));
      model.addAttribute("risksToReview", risksToReview(me.getId()));
      model.addAttribute("today", risks.today());
    }
    return "home/home";
  }

  /** How many days ahead a risk's review is flagged on its owner's home page. */
  static final int REVIEW_NOTICE_DAYS = 14;

  /** Open risks the person owns or answers for whose review is overdue or due within two weeks. */
  private List<Risk> risksToReview(long personId) {
    java.time.LocalDate horizon = risks.today().plusDays(REVIEW_NOTICE_DAYS);
    return risks.ofPerson(personId).stream()
        .filter(Risk::isOpen)
        .filter(r -> !r.getNextReview().isAfter(horizon))
        .toList();
  }
}
