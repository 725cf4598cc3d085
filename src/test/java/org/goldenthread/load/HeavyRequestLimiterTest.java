package org.goldenthread.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.goldenthread.account.UserAccountRepository;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class HeavyRequestLimiterTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired HeavyRequestLimiter limiter;
  @Autowired BusyAnswer busy;
  @Autowired UserAccountRepository accounts;

  /** Takes every heavy turn, as that many heavy requests in progress would. */
  private int holdAllPermits() {
    return limiter.permits().drainPermits();
  }

  @Test
  void lightPagesAnswerWhileHeavyOnesAreAtTheBound() throws Exception {
    int held = holdAllPermits();
    try {
      mvc.perform(get("/").with(users.as("officer"))).andExpect(status().isOk());
      mvc.perform(get("/indicators/new").with(users.as("admin"))).andExpect(status().isOk());
      mvc.perform(get("/indicators").with(users.as("officer")))
          .andExpect(status().isServiceUnavailable());
    } finally {
      limiter.permits().release(held);
    }
  }

  @Test
  void whenAsManyWaitAsMayTheNextIsToldAtOnceSoWaitersCannotHoldEveryThread() throws Exception {
    // One turn, one waiter, and a wait long enough that only the bound on waiters can answer.
    HeavyRequestLimiter one =
        new HeavyRequestLimiter(
            new LoadProperties(
                1,
                Duration.ofMinutes(5),
                1,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                List.of("/indicators"),
                List.of()),
            busy);
    one.permits().acquire();
    ExecutorService waiter = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> first =
          waiter.submit(
              () -> {
                MockHttpServletResponse r = new MockHttpServletResponse();
                one.doFilter(
                    new MockHttpServletRequest("GET", "/indicators"), r, new MockFilterChain());
                return r.getStatus();
              });
      while (one.waiting() < 1) {
        Thread.onSpinWait();
      }
      MockHttpServletResponse second = new MockHttpServletResponse();
      // Without the bound this would wait its five minutes; the guard fails it long before.
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () ->
              one.doFilter(
                  new MockHttpServletRequest("GET", "/indicators"), second, new MockFilterChain()));
      assertThat(second.getStatus()).isEqualTo(503);
      one.permits().release();
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(200);
    } finally {
      waiter.shutdownNow();
    }
  }

  @Test
  void pastTheBoundPeopleAreToldTheServiceIsBusyAndWhenToTryAgain() throws Exception {
    int held = holdAllPermits();
    try {
      mvc.perform(get("/dashboards").with(users.as("director")).accept(MediaType.TEXT_HTML))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "10"))
          .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
          .andExpect(content().string(containsString("govuk-heading-l")))
          .andExpect(content().string(containsString(BusyAnswer.TITLE)))
          .andExpect(content().string(containsString(BusyAnswer.MESSAGE)));
    } finally {
      limiter.permits().release(held);
    }
  }

  @Test
  void pastTheBoundProgramsGetAProblemDocument() throws Exception {
    int held = holdAllPermits();
    try {
      mvc.perform(get("/api/v1/reports").with(users.as("admin")))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "10"))
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(503))
          .andExpect(jsonPath("$.title").value(BusyAnswer.TITLE))
          .andExpect(jsonPath("$.detail").value(BusyAnswer.MESSAGE));
    } finally {
      limiter.permits().release(held);
    }
  }

  @Test
  void aHeavyPageRunsWhenATurnIsFreeAndGivesItBack() throws Exception {
    int before = limiter.permits().availablePermits();
    mvc.perform(get("/indicators").with(users.as("officer"))).andExpect(status().isOk());
    assertThat(limiter.permits().availablePermits()).isEqualTo(before);
  }

  @Test
  void theHeavyRoutesAreTheScorecardReportsDashboardsOpenDataImportsAndExports() {
    assertThat(heavy("/indicators")).isTrue();
    assertThat(heavy("/reports/12/export.pdf")).isTrue();
    assertThat(heavy("/reports/annual")).isTrue();
    assertThat(heavy("/dashboards")).isTrue();
    assertThat(heavy("/dashboards/corporate-health")).isTrue();
    assertThat(heavy("/public/annual-report/2025-26")).isTrue();
    assertThat(heavy("/public/data/indicators.csv")).isTrue();
    assertThat(heavy("/public/indicators/NI-192.json")).isTrue();
    assertThat(heavy("/indicators/export/values.xlsx")).isTrue();
    assertThat(heavy("/actions/export.csv")).isTrue();
    assertThat(heavy("/api/v1/reports/3/export.csv")).isTrue();

    assertThat(heavy("/")).isFalse();
    assertThat(heavy("/indicators/42")).isFalse();
    assertThat(heavy("/indicators/42/enter")).isFalse();
    assertThat(heavy("/public/indicators/NI-192")).isFalse();
    assertThat(heavy("/reports/exports/abc/progress")).isFalse();
    assertThat(heavy("/reports/new")).isFalse();
  }

  private boolean heavy(String path) {
    return limiter.isHeavy(new MockHttpServletRequest("GET", path));
  }

  @Test
  void aRequestWhoseWorkRunsPastItsDeadlineEndsWithTheBusyAnswer() throws Exception {
    // MockMvc runs the request on this thread; the home page is not heavy, so the limiter leaves
    // this deadline in place, as if the request had been running for a long time already.
    var officer = users.as("officer");
    RequestDeadline.start(Instant.now().minusSeconds(1));
    try {
      mvc.perform(get("/").with(officer).accept(MediaType.TEXT_HTML))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "10"))
          .andExpect(content().string(containsString(BusyAnswer.MESSAGE)));
    } finally {
      RequestDeadline.clear();
    }
    mvc.perform(get("/").with(users.as("officer"))).andExpect(status().isOk());
  }

  @Test
  void workPastItsDeadlineStopsAtItsNextDatabaseStatement() {
    RequestDeadline.start(Instant.now().minusSeconds(1));
    try {
      assertThatThrownBy(() -> accounts.findByUsername("officer"))
          .isInstanceOf(RequestDeadlineExceededException.class);
    } finally {
      RequestDeadline.clear();
    }
    assertThat(accounts.findByUsername("officer")).isPresent();
  }
}
