package org.goldenthread.risk.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.action.ActionList;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.risk.Score;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The risk overview, a register's risks, and everything about one risk (SPEC §6). */
@Controller
class RiskPagesController {

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskViews views;
  private final RiskChoices choices;
  private final RiskScoring scoring;
  private final RiskAccess access;
  private final ActionList actionList;
  private final AuditTrail audit;

  RiskPagesController(
      RiskService risks,
      RiskRegisters registers,
      RiskViews views,
      RiskChoices choices,
      RiskScoring scoring,
      RiskAccess access,
      ActionList actionList,
      AuditTrail audit) {
    this.risks = risks;
    this.registers = registers;
    this.views = views;
    this.choices = choices;
    this.scoring = scoring;
    this.access = access;
    this.actionList = actionList;
    this.audit = audit;
  }

  @GetMapping("/risks")
  String overview(
      @AuthenticationPrincipal CurrentUser user, Authentication authentication, Model model) {
    model.addAttribute("levels", views.overview(authentication));
    model.addAttribute(
        "mine", user.personId() == null ? List.of() : views.ofPerson(user.personId()));
    model.addAttribute("today", scoring.today());
    model.addAttribute("bands", Band.values());
    model.addAttribute("looks", scoring.bands());
    model.addAttribute("canCreate", access.canCreate(authentication));
    model.addAttribute("canManage", access.canManage(authentication));
    return "risk/overview";
  }

  @GetMapping("/risk-registers/{id}")
  @PreAuthorize("@riskAccess.canReadRegister(authentication, #id)")
  String register(
      @PathVariable long id,
      @RequestParam(required = false) Long categoryId,
      @RequestParam(required = false) String band,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "false") boolean aboveAppetite,
      Authentication authentication,
      Model model) {
    RiskRegister register = registers.find(id);
    RiskViews.Filter filter = new RiskViews.Filter(categoryId, band(band), overdue, aboveAppetite);
    model.addAttribute("page", views.register(register, authentication, filter));
    model.addAttribute("filter", filter);
    model.addAttribute("categories", choices.categories("Any category"));
    model.addAttribute("bandChoices", choices.bands());
    model.addAttribute("canCreate", access.canCreate(authentication));
    return "risk/register";
  }

  private static Band band(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Band.valueOf(text.strip().toUpperCase(java.util.Locale.UK));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  @GetMapping("/risks/{id}")
  @PreAuthorize("@riskAccess.canRead(authentication, #id)")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    Risk risk = risks.get(id);
    RiskRow row = views.row(risk);
    model.addAttribute("risk", risk);
    model.addAttribute("row", row);
    List<RiskChoices.Level> likelihood = choices.likelihood();
    List<RiskChoices.Level> impact = choices.impact();
    model.addAttribute(
        "scores",
        List.of(
            ScoreLine.of(
                "Inherent (before controls)",
                risk.inherent(),
                row.inherentLook(),
                likelihood,
                impact),
            ScoreLine.of(
                "Current (with today's controls)",
                risk.current(),
                row.currentLook(),
                likelihood,
                impact),
            ScoreLine.of("Target", risk.target(), row.targetLook(), likelihood, impact)));
    model.addAttribute("canUpdate", access.canUpdate(authentication, risk));
    model.addAttribute(
        "actionLines",
        actionList.listing(new ArrayList<>(risk.getActions()), ActionList.Filter.NONE).lines());
    List<ScoreChart.Point> points =
        risk.getHistory().stream()
            .map(r -> new ScoreChart.Point(r.getReviewedOn(), r.getCurrent().value()))
            .toList();
    model.addAttribute(
        "chart",
        ScoreChart.svg(
            "Current score of " + risk.getCode() + " over time", points, scoring.bands()));
    List<RiskReview> latestFirst = new ArrayList<>(risk.getHistory());
    Collections.reverse(latestFirst);
    model.addAttribute("reviews", latestFirst);
    model.addAttribute("looks", scoring.bands());
    model.addAttribute("history", audit.historyOf(Risk.class, id));
    return "risk/risk";
  }

  /** One of a risk's three scores, each level with its word: "4 — Likely". */
  public record ScoreLine(
      String what, Score score, RiskBands.Look look, String likelihood, String impact) {

    static ScoreLine of(
        String what,
        Score score,
        RiskBands.Look look,
        List<RiskChoices.Level> likelihood,
        List<RiskChoices.Level> impact) {
      return new ScoreLine(
          what,
          score,
          look,
          RiskChoices.said(likelihood, score.likelihood()),
          RiskChoices.said(impact, score.impact()));
    }
  }
}
