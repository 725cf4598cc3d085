package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.period.Period;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A person who asks for deadline and late notices only gets those, and not risk reviews. */
class NoticePreferencesTest extends MailTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired NoticeFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired RiskFixtures risks;
  @Autowired NoticeSettings settings;
  @Autowired NoticeRun run;

  @Test
  void anEssentialOnlyOfficerIsToldTheirReturnIsLateButNotThatARiskReviewIsDue() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    FixtureCouncil.Council other = fixtures.council();
    fixtures.open(councils.dueQuarter());
    for (FixtureCouncil.Council c : new FixtureCouncil.Council[] {council, other}) {
      risks.open(c, risks.serviceRegister(c.service()), 3, 3, TestClock.TODAY.minusMonths(4));
    }
    mvc.perform(get("/profile/notices").with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Send me only deadline and late notices")))
        .andExpect(content().string(containsString("Risk review due")));
    mvc.perform(
            post("/profile/notices")
                .param("essentialOnly", "true")
                .with(users.as(council.officerUsername()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("success", "You will now receive only deadline and late notices"));
    assertThat(settings.essentialOnly(council.officer().getId())).isTrue();

    run.run();

    String essentialOnly =
        MailServer.text(MailServer.to(NoticeFixtures.officerAddress(council)).get(0));
    assertThat(essentialOnly).contains("Figures late: ").doesNotContain("Risk review due");
    String everything = MailServer.text(MailServer.to(NoticeFixtures.officerAddress(other)).get(0));
    assertThat(everything).contains("Figures late: ").contains("Risk review due");
    assertThat(Period.parse(councils.dueQuarter().label())).isEqualTo(councils.dueQuarter());
  }

  @Test
  void aStaleChoiceIsRefusedWithTheConcurrentEditMessage() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    NoticeSetting first = settings.choose(council.officer().getId(), true, null);
    settings.choose(council.officer().getId(), false, first.getVersion());
    mvc.perform(
            post("/profile/notices")
                .param("essentialOnly", "true")
                .param("version", String.valueOf(first.getVersion()))
                .with(users.as(council.officerUsername()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("changed elsewhere")));
    assertThat(settings.essentialOnly(council.officer().getId())).isFalse();
  }
}
