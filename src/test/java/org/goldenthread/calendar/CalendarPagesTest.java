package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The year at a glance, my tasks and marking a task done, as each kind of person sees them. */
@GoldenThreadTest
class CalendarPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired CalendarFixtures fixtures;
  @Autowired CalendarService calendar;

  CalendarFixtures.Calendar c;
  String officer;

  @BeforeEach
  void aFixtureCalendar() {
    c = fixtures.create();
    officer = c.council().officerUsername();
  }

  @Test
  void theYearShowsEachMonthsEntriesWithTheirStandingByWordAndOwner() throws Exception {
    mvc.perform(get("/calendar?year=2026-27").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The year 2026/27 at a glance"),
                        containsString("April 2026"),
                        containsString("March 2027"),
                        containsString(c.missed().getTitle()),
                        containsString("Missed"),
                        containsString(c.board().getName()),
                        containsString("gt-table-scroll"))));
    mvc.perform(get("/calendar?year=2026/27").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(c.due().getTitle())));
  }

  @Test
  void theYearsFiltersNarrowByKindAndOwner() throws Exception {
    mvc.perform(
            get("/calendar")
                .param("year", "2026-27")
                .param("kind", "EVENT")
                .param("owner", "B" + c.board().getId())
                .with(users.as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(c.meeting().getTitle())))
        .andExpect(content().string(not(containsString(c.due().getTitle()))))
        .andExpect(content().string(not(containsString(c.missed().getTitle()))));
  }

  @Test
  void aYearWithNoCalendarSaysSoAndOffersTheAdministratorToCreateIt() throws Exception {
    mvc.perform(get("/calendar?year=9990-91").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is no calendar for 9990/91 yet.")))
        .andExpect(
            content().string(containsString("Create the 9990/91 calendar from the template")));
    mvc.perform(get("/calendar?year=9990-91").with(users.as("councillor")))
        .andExpect(content().string(containsString("There is no calendar for 9990/91 yet.")))
        .andExpect(content().string(not(containsString("from the template"))));
  }

  @Test
  void aYearThatIsNotOneIsNamedAndTheCurrentYearShown() throws Exception {
    mvc.perform(get("/calendar?year=next").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("is not a financial year. Use a year like 2026-27 or 2026/27.")))
        .andExpect(content().string(containsString("The year 2026/27 at a glance")));
  }

  @Test
  void myTasksListMissedThenDueThenUpcomingThenDoneIncludingMyBoards() throws Exception {
    String page =
        mvc.perform(get("/calendar/my-tasks").with(users.as(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int missed = page.indexOf(c.missed().getTitle());
    int due = page.indexOf(c.due().getTitle());
    int upcoming = page.indexOf(c.upcoming().getTitle());
    int done = page.indexOf(c.done().getTitle());
    assertThat(missed).isPositive();
    assertThat(due).isGreaterThan(missed);
    assertThat(upcoming).isGreaterThan(due);
    assertThat(done).isGreaterThan(upcoming);
    assertThat(page).doesNotContain(c.meeting().getTitle()).contains("Mark as done");
  }

  @Test
  void aPartnerUserSeesTheirTasksWithoutLinksToTheCouncilsCalendarPages() throws Exception {
    mvc.perform(get("/calendar/my-tasks").with(users.as("partner")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("My tasks")))
        .andExpect(content().string(not(containsString("The year at a glance"))));
    mvc.perform(get("/calendar").with(users.as("partner"))).andExpect(status().isForbidden());
  }

  @Test
  void theOwnerMarksATaskDoneAndAMemberOfTheOwningBodyMayToo() throws Exception {
    mvc.perform(
            post("/calendar/entries/" + c.missed().getId() + "/done")
                .param("version", String.valueOf(c.missed().getVersion()))
                .param("back", "my-tasks")
                .with(users.as(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/calendar/my-tasks"))
        .andExpect(flash().attribute("success", containsString("is marked as done")));
    CalendarEntry missed = calendar.get(c.missed().getId());
    assertThat(missed.getState()).isEqualTo(EntryState.DONE);
    assertThat(missed.getDoneBy().personId()).isEqualTo(c.council().officer().getId());

    mvc.perform(
            post("/calendar/entries/" + c.due().getId() + "/done")
                .param("version", String.valueOf(c.due().getVersion()))
                .with(users.as(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/calendar/entries/" + c.due().getId()));
    assertThat(calendar.get(c.due().getId()).getState()).isEqualTo(EntryState.DONE);
  }

  @Test
  void anotherOfficerMayNotMarkSomeoneElsesTaskDone() throws Exception {
    mvc.perform(
            post("/calendar/entries/" + c.missed().getId() + "/done")
                .param("version", String.valueOf(c.missed().getVersion()))
                .with(users.as("officer"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/calendar/entries/" + c.missed().getId() + "/done")
                .param("version", String.valueOf(c.missed().getVersion()))
                .with(users.as(c.council().managerUsername()))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(calendar.get(c.missed().getId()).getState()).isEqualTo(EntryState.PLANNED);
    mvc.perform(get("/calendar/entries/" + c.missed().getId()).with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Mark as done"))));
  }

  @Test
  void theAdministratorMayMarkAnyTaskDone() throws Exception {
    mvc.perform(
            post("/calendar/entries/" + c.upcoming().getId() + "/done")
                .param("version", String.valueOf(c.upcoming().getVersion()))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(calendar.get(c.upcoming().getId()).getState()).isEqualTo(EntryState.DONE);
  }

  @Test
  void aStaleVersionIsRefusedWithTheConcurrentEditMessage() throws Exception {
    mvc.perform(
            post("/calendar/entries/" + c.missed().getId() + "/done")
                .param("version", String.valueOf(c.missed().getVersion() + 1))
                .with(users.as(officer))
                .with(csrf()))
        .andExpect(flash().attribute("problem", containsString("Someone else saved a change")));
    assertThat(calendar.get(c.missed().getId()).getState()).isEqualTo(EntryState.PLANNED);
  }

  @Test
  void theEntryPageShowsItsDatesConcernsOwnerAndState() throws Exception {
    mvc.perform(get("/calendar/entries/" + c.upcoming().getId()).with(users.as(officer)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(c.upcoming().getTitle()),
                        containsString("1 January 2027"),
                        containsString("31 January 2027"),
                        containsString(c.council().officer().getFullName()),
                        containsString("Upcoming"),
                        containsString("Mark as done"))));
    mvc.perform(get("/calendar/entries/" + c.due().getId()).with(users.as(officer)))
        .andExpect(content().string(containsString("href=\"/bodies/" + c.board().getId())));
  }
}
