package org.goldenthread.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/calendar: a year's entries with owner, dates, state and standing. */
@GoldenThreadTest
class CalendarApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired CalendarFixtures fixtures;

  CalendarFixtures.Calendar c;

  @BeforeEach
  void aFixtureCalendar() {
    c = fixtures.create();
  }

  @Test
  void aYearsEntriesCarryOwnerDatesStateAndStanding() throws Exception {
    String missed = "$.entries[?(@.id == " + c.missed().getId() + ")]";
    String due = "$.entries[?(@.id == " + c.due().getId() + ")]";
    String upcoming = "$.entries[?(@.id == " + c.upcoming().getId() + ")]";
    String done = "$.entries[?(@.id == " + c.done().getId() + ")]";
    mvc.perform(get("/api/v1/calendar?year=2026-27").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value("2026/27"))
        .andExpect(jsonPath(missed + ".title", contains(c.missed().getTitle())))
        .andExpect(jsonPath(missed + ".kind", contains("TASK")))
        .andExpect(jsonPath(missed + ".state", contains("PLANNED")))
        .andExpect(jsonPath(missed + ".standing", contains("MISSED")))
        .andExpect(jsonPath(missed + ".owner.type", contains("PERSON")))
        .andExpect(
            jsonPath(missed + ".owner.id", contains(c.council().officer().getId().intValue())))
        .andExpect(jsonPath(missed + ".dueOn", contains("2026-11-30")))
        .andExpect(jsonPath(due + ".owner.type", contains("BODY")))
        .andExpect(jsonPath(due + ".owner.name", contains(c.board().getName())))
        .andExpect(jsonPath(due + ".concerns", contains("MEETING")))
        .andExpect(jsonPath(due + ".concernsId", contains(c.board().getId().intValue())))
        .andExpect(jsonPath(due + ".standing", contains("DUE")))
        .andExpect(jsonPath(upcoming + ".startsOn", contains("2027-01-01")))
        .andExpect(jsonPath(upcoming + ".standing", contains("UPCOMING")))
        .andExpect(jsonPath(done + ".state", contains("DONE")))
        .andExpect(jsonPath(done + ".doneOn", contains("2026-12-02")))
        .andExpect(jsonPath(done + ".version", contains((int) c.done().getVersion())));
    mvc.perform(get("/api/v1/calendar?year=2026/27").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value("2026/27"));
  }

  @Test
  void aBadYearIsRefusedWith422NamingIt() throws Exception {
    mvc.perform(get("/api/v1/calendar?year=2026-28").with(users.as("officer")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.year", containsString("is not a financial year")));
  }

  @Test
  void aYearWithoutACalendarHasNoEntriesAndNoYearMeansThisOne() throws Exception {
    mvc.perform(get("/api/v1/calendar?year=9980-81").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entries.length()").value(0));
    mvc.perform(get("/api/v1/calendar").with(users.as("officer")))
        .andExpect(jsonPath("$.year").value("2026/27"));
  }

  @Test
  void theOpenApiDocumentDescribesTheCalendarApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/calendar'].get.parameters[0].name").value("year"))
        .andExpect(jsonPath("$.components.schemas.EntryJson.properties.standing").exists());
  }

  @Test
  void partnerUsersDoNotReadTheCalendar() throws Exception {
    mvc.perform(get("/api/v1/calendar").with(users.as("partner")))
        .andExpect(status().isForbidden());
  }
}
