package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
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
        world.risk().getControls().isEmpty() ? 0 : world.risk().getControls().get(0).getId();
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
    assertThat(control).isZero();
    assertThat(wrong).as("cells of the risk access matrix answered wrongly").isEmpty();
  }
}
