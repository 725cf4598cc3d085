package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The performance team's calendar pages: the template's lines (impossible dates named), a year made
 * from it, and a year's entries added, changed, cancelled and reinstated, versions checked and
 * every change in the audit trail.
 */
@GoldenThreadTest
class CalendarAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired CalendarFixtures fixtures;
  @Autowired CalendarService calendar;
  @Autowired CalendarTemplates templates;
  @Autowired AuditTrail audit;

  CalendarFixtures.Calendar c;

  @BeforeEach
  void aFixtureCalendar() {
    c = fixtures.create();
  }

  @Test
  void onlyThePerformanceTeamReachesTheCalendarsAdminPages() throws Exception {
    mvc.perform(get("/admin/calendar").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/calendar").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Service plans drafted")))
        .andExpect(content().string(containsString("1 October")));
  }

  @Test
  void aTemplateLineWithImpossibleDatesIsRefusedNamingEachAndNothingIsAdded() throws Exception {
    int before = calendar.template().size();
    mvc.perform(
            line(post("/admin/calendar/template/new"), "Impossible " + c.suffix())
                .param("dueMonth", "4")
                .param("dueDay", "31")
                .param("startMonth", "2")
                .param("startDay", "30"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Due date: April has 30 days, so there is no 31 April"),
                        containsString("Window start: February has at most 29 days"))));
    mvc.perform(
            line(post("/admin/calendar/template/new"), "Backwards " + c.suffix())
                .param("dueMonth", "4")
                .param("dueDay", "30")
                .param("startMonth", "3")
                .param("startDay", "1"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("The window must open on or before the due date")));
    assertThat(calendar.template()).hasSize(before);
  }

  @Test
  void aTemplateLineIsAddedChangedWithItsVersionAndRemoved() throws Exception {
    String title = "Budget consultation " + c.suffix();
    mvc.perform(
            line(post("/admin/calendar/template/new"), title)
                .param("dueMonth", "1")
                .param("dueDay", "15")
                .param("startMonth", "12")
                .param("startDay", "1"))
        .andExpect(status().is3xxRedirection());
    CalendarTemplateEntry added = byTitle(title);
    try {
      assertThat(added.start()).isEqualTo(new TemplateDate(12, 1));
      mvc.perform(
              line(post("/admin/calendar/template/" + added.getId()), title)
                  .param("dueMonth", "2")
                  .param("dueDay", "29")
                  .param("version", String.valueOf(added.getVersion() + 1)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Someone else saved a change")));
      mvc.perform(
              line(post("/admin/calendar/template/" + added.getId()), title)
                  .param("dueMonth", "2")
                  .param("dueDay", "29")
                  .param("version", String.valueOf(added.getVersion())))
          .andExpect(status().is3xxRedirection());
      CalendarTemplateEntry changed = templates.get(added.getId());
      assertThat(changed.due()).isEqualTo(new TemplateDate(2, 29));
      assertThat(changed.start()).isNull();
      assertThat(audit.historyOf(CalendarTemplateEntry.class, added.getId())).hasSize(2);
    } finally {
      mvc.perform(
              post("/admin/calendar/template/" + added.getId() + "/remove")
                  .param("version", String.valueOf(templates.get(added.getId()).getVersion()))
                  .with(users.as("admin"))
                  .with(csrf()))
          .andExpect(flash().attribute("success", containsString("has been removed")));
    }
    assertThat(calendar.template()).noneMatch(t -> t.getTitle().equals(title));
  }

  @Test
  void aYearIsMadeFromTheTemplateWithItsDatesMovedAndOnlyOnce() throws Exception {
    FinancialYear year = new FinancialYear(5000 + ThreadLocalRandom.current().nextInt(3900));
    String code = CalendarYear.code(year);
    mvc.perform(
            post("/admin/calendar/years").param("year", code).with(users.as("admin")).with(csrf()))
        .andExpect(flash().attribute("success", containsString("made from the template")));
    List<CalendarEntry> made = calendar.year(year);
    assertThat(made).hasSize(calendar.template().size());
    assertThat(made)
        .filteredOn(e -> e.getTitle().equals("Budget set by Full Council"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getDueOn()).isEqualTo(LocalDate.of(year.startYear() + 1, 2, 25)));
    mvc.perform(
            post("/admin/calendar/years").param("year", code).with(users.as("admin")).with(csrf()))
        .andExpect(flash().attribute("problem", containsString("exists already")));
    assertThat(calendar.year(year)).hasSize(made.size());
  }

  @Test
  void anEntryIsAddedChangedCancelledAndReinstatedEachAudited() throws Exception {
    String title = "Scrutiny of the budget " + c.suffix();
    mvc.perform(
            entry(post("/admin/calendar/years/2026-27/entries/new"), title)
                .param("record", "PLAN:" + c.council().plan().getId())
                .param("dueOn", "2027-04-02"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "The record chosen is a plan, but the entry concerns a body"),
                        containsString("The due date must fall in 2026/27"))));
    mvc.perform(
            entry(post("/admin/calendar/years/2026-27/entries/new"), title)
                .param("record", "MEETING:" + c.board().getId())
                .param("owner", "B" + c.board().getId())
                .param("dueOn", "2027-01-20"))
        .andExpect(status().is3xxRedirection());
    CalendarEntry added =
        calendar.year(CalendarFixtures.YEAR).stream()
            .filter(e -> e.getTitle().equals(title))
            .findFirst()
            .orElseThrow();
    assertThat(added.getConcernsId()).isEqualTo(c.board().getId());
    long id = added.getId();

    mvc.perform(
            entry(post("/admin/calendar/entries/" + id), title)
                .param("owner", "P" + c.council().officer().getId())
                .param("dueOn", "2027-01-21")
                .param("version", String.valueOf(added.getVersion() + 1)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")));
    mvc.perform(
            entry(post("/admin/calendar/entries/" + id), title)
                .param("owner", "P" + c.council().officer().getId())
                .param("dueOn", "2027-01-21")
                .param("version", String.valueOf(added.getVersion())))
        .andExpect(status().is3xxRedirection());
    CalendarEntry changed = calendar.get(id);
    assertThat(changed.getDueOn()).isEqualTo(LocalDate.of(2027, 1, 21));

    mvc.perform(
            post("/admin/calendar/entries/" + id + "/cancel")
                .param("version", String.valueOf(changed.getVersion()))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(flash().attribute("success", containsString("has been cancelled")));
    assertThat(calendar.get(id).getState()).isEqualTo(EntryState.CANCELLED);
    mvc.perform(
            post("/admin/calendar/entries/" + id + "/reinstate")
                .param("version", String.valueOf(calendar.get(id).getVersion()))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(flash().attribute("success", containsString("is planned again")));
    assertThat(calendar.get(id).getState()).isEqualTo(EntryState.PLANNED);
    assertThat(audit.historyOf(CalendarEntry.class, id)).hasSize(4);
  }

  private MockHttpServletRequestBuilder line(MockHttpServletRequestBuilder request, String title) {
    return request
        .with(users.as("admin"))
        .with(csrf())
        .param("title", title)
        .param("kind", "TASK")
        .param("concerns", "BUDGET");
  }

  private MockHttpServletRequestBuilder entry(MockHttpServletRequestBuilder request, String title) {
    return request
        .with(users.as("admin"))
        .with(csrf())
        .param("title", title)
        .param("kind", "EVENT")
        .param("concerns", "MEETING");
  }

  private CalendarTemplateEntry byTitle(String title) {
    return calendar.template().stream()
        .filter(t -> t.getTitle().equals(title))
        .findFirst()
        .orElseThrow();
  }
}
