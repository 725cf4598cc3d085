package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.risk.ControlForm;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControls;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The risk pages answer each kind of person as SPEC §12 says: every route walked for admin, the
 * director of the register's directorate, a director elsewhere, the service's manager
 * (accountable), the officer who owns the risk, another officer, a councillor, the partner user of
 * the partnership and a partner user of another organisation. A confidential risk is counted on its
 * register but described only to its owner and administrators.
 */
@GoldenThreadTest
class RiskPagesTest {

  static final List<String> WHO =
      List.of(
          "admin",
          "director of the directorate",
          "director elsewhere",
          "manager",
          "officer owning it",
          "another officer",
          "councillor",
          "partner of the partnership",
          "other partner");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskWorld worlds;
  @Autowired RiskFixtures riskFixtures;
  @Autowired RiskService risks;
  @Autowired RiskControls controls;

  RiskWorld.World world;
  Map<String, String> usernames;

  @BeforeEach
  void aCouncilWithRisks() {
    world = worlds.create();
    usernames = new LinkedHashMap<>();
    usernames.put("admin", "admin");
    usernames.put("director of the directorate", world.director());
    usernames.put("director elsewhere", "director");
    usernames.put("manager", world.council().managerUsername());
    usernames.put("officer owning it", world.council().officerUsername());
    usernames.put("another officer", "officer");
    usernames.put("councillor", "councillor");
    usernames.put("partner of the partnership", "partner");
    usernames.put("other partner", world.otherPartner());
  }

  /** Who is admitted (the rest refused), in the order of {@link #WHO}, as a row of Y and N. */
  private void walk(String path, String admitted, List<String> wrong) throws Exception {
    for (int i = 0; i < WHO.size(); i++) {
      String who = WHO.get(i);
      MockHttpServletResponse answer =
          mvc.perform(get(path).with(users.as(usernames.get(who)))).andReturn().getResponse();
      boolean in = admitted.charAt(i) == 'Y';
      int expected = in ? 200 : 403;
      if (answer.getStatus() != expected) {
        wrong.add(path + " as " + who + ": " + answer.getStatus() + ", expected " + expected);
      }
    }
  }

  @Test
  void everyRiskPageAnswersEachRoleAsTheAccessRuleSays() throws Exception {
    String risk = "/risks/" + world.risk().getId();
    String confidential = "/risks/" + world.confidential().getId();
    String partnership = "/risks/" + world.partnershipRisk().getId();
    String corporate = "/risks/" + world.corporateRisk().getId();
    long control =
        controls
            .addControl(
                world.risk().getId(),
                new ControlForm("Weekly supply meeting", null, Effectiveness.EFFECTIVE, null))
            .getId();
    List<String> wrong = new ArrayList<>();
    //                                                      admin, dir, dir2, mgr, own, off, cllr,
    // ptr, ptr2
    walk("/risks", "YYYYYYYYY", wrong);
    walk("/risk-registers/" + world.register().getId(), "YYNYYNNNN", wrong);
    walk(risk, "YYNYYNNNN", wrong);
    walk(confidential, "YNNYNNNNN", wrong);
    walk("/risk-registers/" + world.partnership().getId(), "YYYYYYNYN", wrong);
    // The officer owns the partnership risk, so reads it wherever it is.
    walk(partnership, "YYYYYYNYN", wrong);
    walk("/risk-registers/" + world.corporate().getId(), "YYYYYYYNN", wrong);
    walk(corporate, "YYYYYYYNN", wrong);
    walk("/risks/new", "YYYYNNNNN", wrong);
    walk("/risks/new?register=" + world.register().getId(), "YYYYNNNNN", wrong);
    for (String form : List.of("/edit", "/review", "/escalate", "/close", "/controls/new")) {
      // The owner, the accountable person (the manager) and administrators.
      walk(risk + form, "YNNYYNNNN", wrong);
      // The confidential risk's owner is the manager.
      walk(confidential + form, "YNNYNNNNN", wrong);
    }
    walk(risk + "/controls/" + control + "/edit", "YNNYYNNNN", wrong);
    assertThat(wrong).as("cells of the risk access matrix answered wrongly").isEmpty();
  }

  @Test
  void theOwnersHomePageFlagsRisksWhoseReviewIsOverdueOrDueWithinTwoWeeks() throws Exception {
    Risk overdue =
        riskFixtures.open(
            world.council(), world.register(), 2, 2, TestClock.TODAY.minusMonths(3).minusDays(3));
    Risk soon =
        riskFixtures.open(
            world.council(), world.register(), 2, 3, TestClock.TODAY.minusMonths(3).plusDays(10));
    String officer = world.council().officerUsername();
    mvc.perform(get("/").with(users.as(officer)))
        .andExpect(content().string(containsString("Risks to review")))
        .andExpect(content().string(containsString(overdue.getCode())))
        .andExpect(content().string(containsString(soon.getCode())))
        .andExpect(content().string(containsString("Review overdue")))
        .andExpect(content().string(not(containsString(world.risk().getCode()))));
    mvc.perform(get("/").with(users.as(world.director())))
        .andExpect(content().string(not(containsString("Risks to review"))));
    String mine =
        mvc.perform(get("/risks").with(users.as(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("Your risks", world.register().getName());
    assertThat(mine.indexOf(overdue.getCode()))
        .as("the overdue review comes first")
        .isLessThan(mine.indexOf(soon.getCode()))
        .isLessThan(mine.indexOf(world.risk().getCode()));
  }

  @Test
  void theRegisterFiltersByBandOverdueAndAppetite() throws Exception {
    String register = "/risk-registers/" + world.register().getId();
    String admin = "admin";
    mvc.perform(get(register).param("band", "HIGH").with(users.as(admin)))
        .andExpect(content().string(containsString(world.confidential().getCode())))
        .andExpect(content().string(not(containsString(world.risk().getCode()))));
    mvc.perform(get(register).param("aboveAppetite", "true").with(users.as(admin)))
        .andExpect(content().string(containsString(world.confidential().getCode())))
        .andExpect(content().string(not(containsString(world.risk().getCode()))));
    mvc.perform(get(register).param("band", "MEDIUM").with(users.as(admin)))
        .andExpect(content().string(containsString(world.risk().getCode())))
        .andExpect(content().string(containsString("<span>12</span> <span>Medium</span>")));
    mvc.perform(get(register).param("overdue", "true").with(users.as(admin)))
        .andExpect(content().string(containsString("No open risks match")));
  }
}
