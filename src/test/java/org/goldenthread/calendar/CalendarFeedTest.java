package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The iCalendar feeds: reached by their private token alone, valid RFC 5545 as ical4j reads it
 * back, written as Outlook and Google read it (CRLF, folded at 75 octets), and a new address
 * retires the old.
 */
@GoldenThreadTest
class CalendarFeedTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired CalendarFixtures fixtures;
  @Autowired CalendarService calendar;
  @Autowired CalendarFeeds feeds;
  @Autowired JdbcClient jdbc;

  CalendarFixtures.Calendar c;
  String officer;

  @BeforeEach
  void aFixtureCalendar() {
    c = fixtures.create();
    officer = c.council().officerUsername();
  }

  @Test
  void aPersonsFeedHoldsTheirEntriesAndTheirBoardsAsValidICalendar() throws Exception {
    calendar.cancel(c.meeting().getId(), c.meeting().getVersion());
    String token = makeAddress();
    MvcResult result =
        mvc.perform(get("/calendar/feed/" + token + ".ics"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
            .andExpect(
                header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
            .andExpect(header().string("X-Robots-Tag", "noindex"))
            .andReturn();
    String ics = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.validate().hasErrors()).isFalse();
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(5);
    assertThat(parsed.getProperty("PRODID").orElseThrow().getValue())
        .isEqualTo("-//Golden Thread//Council calendar//EN");
    assertThat(parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .contains(c.council().officer().getFullName());

    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("UID:calendar-entry-" + c.upcoming().getId() + "@localhost")
        .contains("DTSTART;VALUE=DATE:20270101")
        .contains("DTEND;VALUE=DATE:20270201")
        .contains("SUMMARY:" + c.upcoming().getTitle())
        .contains("http://localhost:8080/calendar/entries/" + c.upcoming().getId())
        .contains("STATUS:CANCELLED")
        .contains("BEGIN:VALARM")
        .contains("ACTION:DISPLAY");
    // The meeting is cancelled, the done task done: only the three open tasks get a reminder.
    assertThat(unfolded.split("BEGIN:VALARM", -1)).hasSize(4);
  }

  @Test
  void theFeedIsWrittenAsCalendarProgramsReadIt() throws Exception {
    calendar.add(
        CalendarFixtures.YEAR,
        new EntryDetails(
            "Réunion du comité — révision des priorités stratégiques de l’année à venir "
                + c.suffix(),
            "Une description assez longue, avec des accents: é, è, à, ç, et des guillemets “”.",
            EntryKind.EVENT,
            Concerns.OTHER,
            null,
            c.council().officer().getId(),
            null,
            null,
            TestDates.IN_A_MONTH));
    String ics =
        new String(
            mvc.perform(get("/calendar/feed/" + makeAddress() + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    String[] lines = ics.split("\r\n");
    for (String line : lines) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length)
          .as("octets in %s", line)
          .isLessThanOrEqualTo(75);
    }
    assertThat(lines).anyMatch(l -> l.startsWith(" "));
    assertThat(ics).contains("VERSION:2.0\r\n").contains("CALSCALE:GREGORIAN\r\n");
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.validate().hasErrors()).isFalse();
  }

  @Test
  void anUnknownTokenIsNotFoundAndANewAddressRetiresTheOld() throws Exception {
    mvc.perform(get("/calendar/feed/not-a-token.ics")).andExpect(status().isNotFound());
    String first = makeAddress();
    mvc.perform(get("/calendar/feed/" + first + ".ics")).andExpect(status().isOk());
    String second = makeAddress();
    assertThat(second)
        .isNotEqualTo(first)
        .hasSizeGreaterThanOrEqualTo(22)
        .matches("[A-Za-z0-9_-]+");
    mvc.perform(get("/calendar/feed/" + first + ".ics")).andExpect(status().isNotFound());
    mvc.perform(get("/calendar/feed/" + second + ".ics")).andExpect(status().isOk());
    // The token is a secret: nothing about the feed is in the audit trail.
    assertThat(
            jdbc.sql("select count(*) from audit_change where entity_type = 'CalendarFeed'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aBodysFeedIsMadeByItsMembersOrTheAdministratorsAndHoldsItsEntries() throws Exception {
    String path = "/calendar/feeds/bodies/" + c.board().getId();
    mvc.perform(post(path).with(users.as("officer")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(path).with(users.as(officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String token = feeds.ofBody(c.board().getId()).orElseThrow().getToken();
    mvc.perform(get("/calendar/feeds").with(users.as(officer)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString(token + ".ics")));
    mvc.perform(post(path).with(users.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String renewed = feeds.ofBody(c.board().getId()).orElseThrow().getToken();
    String ics =
        mvc.perform(get("/calendar/feed/" + renewed + ".ics"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(ics.replace("\r\n ", ""))
        .contains(c.due().getTitle(), c.meeting().getTitle())
        .doesNotContain(c.missed().getTitle());
    mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isNotFound());
  }

  /** Makes the officer a new address through the page, and returns its token. */
  private String makeAddress() throws Exception {
    mvc.perform(post("/calendar/feeds").with(users.as(officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    return feeds.ofPerson(c.council().officer().getId()).orElseThrow().getToken();
  }

  private static final class TestDates {
    static final java.time.LocalDate IN_A_MONTH =
        org.goldenthread.support.TestClock.TODAY.plusMonths(1);
  }
}
