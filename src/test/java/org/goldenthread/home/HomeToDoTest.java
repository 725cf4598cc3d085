package org.goldenthread.home;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriodState;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.Notices;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The top of an officer's home page: the figures they owe, their tasks, and what they were told.
 */
@GoldenThreadTest
class HomeToDoTest {

  @Autowired MockMvc mvc;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportingPeriods periods;
  @Autowired Notices notices;
  @Autowired UserDetailsService accounts;
  @Autowired EntityManager entityManager;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  private Long openedHere;
  private final java.util.List<Long> entriesMade = new java.util.ArrayList<>();

  @AfterEach
  void tidyUp() {
    entriesMade.forEach(id -> jdbc.update("delete from calendar_entry where id = ?", id));
    if (openedHere != null) {
      jdbc.update("delete from reporting_period where id = ?", openedHere);
    }
  }

  /** The quarter whose figures are due today, open for reporting (the demo opens it already). */
  private Period openDueQuarter(FixtureCouncil.Council council) {
    Period due = fixtures.dueQuarter();
    java.util.Optional<ReportingPeriod> existing = periods.find(due);
    if (existing.isEmpty()) {
      openedHere = periods.open(due, council.asManager()).getId();
    } else if (existing.get().getState() == ReportingPeriodState.CLOSED) {
      throw new IllegalStateException(due.label() + " is closed: this test needs it open");
    }
    return due;
  }

  private void task(FixtureCouncil.Council council, String title, LocalDate due) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              CalendarEntry entry =
                  new CalendarEntry(
                      FinancialYear.of(due), title, EntryKind.TASK, Concerns.PLAN, null, due);
              entry.ownedBy(entityManager.merge(council.officer()), null);
              entityManager.persist(entry);
              entityManager.flush();
              entriesMade.add(entry.getId());
            });
  }

  @Test
  void anOfficerSeesTheFiguresTheyOweTheirTasksAndTheChase() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    Period due = openDueQuarter(council);
    task(council, "Draft the service plan " + council.suffix(), TestClock.TODAY.minusDays(3));
    task(council, "Review the risk register " + council.suffix(), TestClock.TODAY.plusDays(5));
    task(council, "Appraisals " + council.suffix(), TestClock.TODAY.plusMonths(4));
    LocalDate deadline = LocalDate.of(2026, 11, 13);
    notices.record(
        new NoticeItem(
            council.officer().getId(),
            NoticeKind.CHASE,
            "chase:" + council.indicator().getId() + ":" + due.label() + ":" + TestClock.TODAY,
            "Reminder from the performance team",
            null,
            deadline,
            "/indicators/" + council.indicator().getId() + "/enter"));

    mvc.perform(get("/").with(user(accounts.loadUserByUsername(council.officerUsername()))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("What you need to do"),
                        containsString(council.indicator().getCode() + ", " + due.label()),
                        containsString(
                            "/indicators/" + council.indicator().getId() + "/enter?period="),
                        containsString("Late"),
                        containsString("Draft the service plan " + council.suffix()),
                        containsString("Missed"),
                        containsString("Review the risk register " + council.suffix()),
                        not(containsString("Appraisals " + council.suffix())),
                        containsString("/calendar/my-tasks"),
                        containsString(
                            "The performance team has asked for your figures for "
                                + council.indicator().getCode()
                                + ", "
                                + due.label()
                                + ", due 13 November 2026"))));
  }

  @Test
  void someoneWithNothingToDoIsNotToldTheyHave() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    mvc.perform(get("/").with(user(accounts.loadUserByUsername(council.managerUsername()))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("What you need to do"))));
  }
}
