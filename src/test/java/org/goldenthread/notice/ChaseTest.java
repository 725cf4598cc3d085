package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
  @Autowired OutboxMailRepository outboxMails;

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
  void theOutboxShowsTheChaseWithItsTextAndTheApiListsItWithItsNotice() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    String period = councils.dueQuarter().label();
    mvc.perform(
            post("/returns/chase")
                .param("indicatorId", council.indicator().getId().toString())
                .param("period", period)
                .param("returnTo", "/returns")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    long officer = council.officer().getId();
    mvc.perform(
            get("/api/v1/notices")
                .param("person", String.valueOf(officer))
                .param("since", "2026-12-01")
                .with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mails.length()").value(1))
        .andExpect(jsonPath("$.mails[0].kind").value("CHASE"))
        .andExpect(jsonPath("$.mails[0].person.id").value(officer))
        .andExpect(jsonPath("$.mails[0].person.name").value(council.officer().getFullName()))
        .andExpect(jsonPath("$.mails[0].recipient").value(NoticeFixtures.officerAddress(council)))
        .andExpect(jsonPath("$.mails[0].state").value("SENT"))
        .andExpect(jsonPath("$.mails[0].attempts").value(1))
        .andExpect(jsonPath("$.mails[0].sentAt").isNotEmpty())
        .andExpect(jsonPath("$.mails[0].notices[0].kind").value("CHASE"))
        .andExpect(
            jsonPath("$.mails[0].notices[0].link")
                .value(
                    org.hamcrest.Matchers.startsWith(
                        "https://gt.example.gov.uk/indicators/" + council.indicator().getId())));
    mvc.perform(get("/api/v1/notices").param("person", "Nobody at all").with(users.as("admin")))
        .andExpect(status().isBadRequest());

    long id =
        outboxMails.findAllByOrderByCreatedAtDescIdDesc().stream()
            .filter(m -> m.getPersonId() == officer)
            .findFirst()
            .orElseThrow()
            .getId();
    mvc.perform(get("/admin/outbox/{id}", id).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("of the performance team has sent you")))
        .andExpect(content().string(containsString("Reminder from the performance team")))
        .andExpect(content().string(not(containsString("Send again"))));
    mvc.perform(
            get("/admin/outbox")
                .param("person", council.officer().getFullName())
                .with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/outbox/" + id)));
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
