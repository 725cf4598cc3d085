package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Send a reminder now": managers chase a return, and the officer's mail goes at once. */
class ChaseTest extends MailTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired NoticeFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired Notices notices;

  @Test
  void aManagerChasesAReturnAndTheOfficersMailArrivesAtOnceOnceADay() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    String period = councils.dueQuarter().label();
    String code = council.indicator().getCode();
    for (int click = 0; click < 2; click++) {
      mvc.perform(
              post("/returns/chase")
                  .param("indicatorId", council.indicator().getId().toString())
                  .param("period", period)
                  .param("returnTo", "/returns?period=" + period)
                  .with(users.as(council.managerUsername()))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/returns?period=" + period))
          .andExpect(
              flash()
                  .attribute(
                      "chased",
                      "Reminder sent to "
                          + council.officer().getFullName()
                          + " about "
                          + code
                          + " for "
                          + period));
    }

    List<MimeMessage> mails = MailServer.to(NoticeFixtures.officerAddress(council));
    assertThat(mails).as("two clicks on one day are one reminder").hasSize(1);
    assertThat(MailServer.subject(mails.get(0))).startsWith("Reminder: " + code);
    assertThat(MailServer.text(mails.get(0)))
        .contains(council.manager().getFullName() + " of the performance team")
        .contains("/indicators/" + council.indicator().getId() + "/enter?period=");
    assertThat(notices.of(council.officer().getId()))
        .extracting(Notice::getKind)
        .containsExactly(NoticeKind.CHASE);
  }

  @Test
  void anOfficerCannotChase() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    mvc.perform(
            post("/returns/chase")
                .param("indicatorId", council.indicator().getId().toString())
                .param("period", councils.dueQuarter().label())
                .param("returnTo", "/returns")
                .with(users.as(council.officerUsername()))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(MailServer.to(NoticeFixtures.officerAddress(council))).isEmpty();
    assertThat(notices.of(council.officer().getId())).isEmpty();
  }

  @Test
  void onlyALocalPathIsReturnedTo() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    for (String elsewhere : List.of("https://evil.example/x", "//evil.example/x", "returns")) {
      mvc.perform(
              post("/returns/chase")
                  .param("indicatorId", council.indicator().getId().toString())
                  .param("period", councils.dueQuarter().label())
                  .param("returnTo", elsewhere)
                  .with(users.as("admin"))
                  .with(csrf()))
          .andExpect(redirectedUrl("/returns"));
    }
  }

  @Test
  void aPeriodThatIsNotAPeriodIsRefusedPlainly() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    mvc.perform(
            post("/returns/chase")
                .param("indicatorId", council.indicator().getId().toString())
                .param("period", "Q9")
                .param("returnTo", "/returns")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(redirectedUrl("/returns"))
        .andExpect(
            flash()
                .attribute(
                    "chaseError", org.hamcrest.Matchers.startsWith("No reminder was sent: ")));
    assertThat(notices.of(council.officer().getId())).isEmpty();
  }
}
