package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people entering the first value of a period at the same moment: one is saved, the other is
 * told it already exists (409, or the form again with the message), never a server error.
 */
@GoldenThreadTest
class SimultaneousValuesTest {

  @Autowired MockMvc mvc;
  @Autowired FixtureCouncil fixtures;
  @Autowired DemoUsers users;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired DataEntry entry;
  @Autowired PlatformTransactionManager transactions;

  final String code = "SV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();

  /** Long enough for the second request to reach the database on a busy machine. */
  static final long HOLD_MILLIS = 3_000;

  final ExecutorService threads = Executors.newFixedThreadPool(2);
  Indicator indicator;
  FixtureCouncil.Council council;

  @BeforeEach
  void defineAQuarterlyIndicatorForTheRevenuesOfficer() throws Exception {
    council = fixtures.create();
    mvc.perform(
        post("/indicators/new")
            .with(users.as("admin"))
            .with(csrf())
            .param("code", code)
            .param("title", "Letters answered within 10 days")
            .param("type", "LOCAL")
            .param("unit", "NUMBER")
            .param("polarity", "HIGHER_IS_BETTER")
            .param("frequency", "QUARTER")
            .param("aggregation", "SUM")
            .param("decimalPlaces", "0")
            .param("responsibleId", council.officer().getId().toString())
            .param("accountableId", council.manager().getId().toString())
            .param("orgUnitId", council.service().getId().toString())
            .param("active", "true"));
    indicator = indicators.findByCodeIgnoreCase(code).orElseThrow();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
    DemoUsers.signOut();
  }

  private ResultActions postValue(Period period, String actual, String commentary)
      throws Exception {
    return mvc.perform(
        post("/api/v1/indicators/" + code + "/values")
            .with(users.as(council.officerUsername()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"period\":\"%s\",\"actual\":\"%s\",\"commentary\":\"%s\"}"
                    .formatted(period.label(), actual, commentary)));
  }

  @Test
  void twoFirstValuesPostedAtOnceSaveOneAndRefuseTheOtherWithoutAServerError() throws Exception {
    Period period = quarter;
    for (int round = 0; round < 5; round++, period = period.previous()) {
      Period p = period;
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
      for (String who : List.of("first", "second")) {
        String actual = who.equals("first") ? "11" : "22";
        answers.add(
            threads.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return postValue(p, actual, "Entered by the " + who).andReturn().getResponse();
                }));
      }
      List<MockHttpServletResponse> saved = new ArrayList<>();
      List<MockHttpServletResponse> refused = new ArrayList<>();
      for (Future<MockHttpServletResponse> answer : answers) {
        MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.getStatus()).as(response.getContentAsString()).isNotEqualTo(500);
        (response.getStatus() == 200 ? saved : refused).add(response);
      }
      assertThat(saved).hasSize(1);
      assertThat(refused).hasSize(1);
      // The loser either met the winner's row as it was written (409), or found it already there
      // and sent no version to change it with (428): either way nothing of the winner's is lost.
      assertThat(refused.get(0).getStatus()).isIn(409, 428);
      assertThat(refused.get(0).getContentAsString()).contains(code);
      String winner = saved.get(0).getContentAsString();
      IndicatorValue stored = values.findByIndicatorAndPeriod(indicator, p).orElseThrow();
      assertThat(winner).contains("\"commentary\":\"" + stored.getCommentary() + "\"");
      assertThat(stored.getAmount().stripTrailingZeros().toPlainString())
          .isEqualTo(stored.getCommentary().endsWith("first") ? "11" : "22");
    }
  }

  /** Holds the first entry's insert uncommitted until the second has met it, then commits. */
  private Future<?> enterAndHold(Period period, CountDownLatch written) {
    return threads.submit(
        () -> {
          users.signInAs(council.officerUsername());
          new TransactionTemplate(transactions)
              .executeWithoutResult(
                  status -> {
                    entry.enter(
                        indicator,
                        period,
                        new ValueForm("33", null, null, "Entered first", null, null, null),
                        council.asOfficer(),
                        false);
                    written.countDown();
                    try {
                      Thread.sleep(HOLD_MILLIS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
          return null;
        });
  }

  @Test
  void theSecondOfTwoFirstValuesMeetingTheFirstIsRefusedWith409NamingIt() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    Future<?> first = enterAndHold(quarter, written);
    assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
    postValue(quarter, "44", "Entered second")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Already recorded"))
        .andExpect(
            jsonPath("$.detail")
                .value(containsString(code + " already has a value for " + quarter.label())));
    first.get(30, TimeUnit.SECONDS);
    IndicatorValue stored = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();
    assertThat(stored.getAmount()).isEqualByComparingTo("33");
    assertThat(stored.getCommentary()).isEqualTo("Entered first");
  }

  @Test
  void onTheEntryPageTheSecondIsShownTheMessageWithWhatTheyEntered() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    Future<?> first = enterAndHold(quarter, written);
    assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/enter")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "55")
                .param("commentary", "Entered on the page"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already has a value for " + quarter.label())))
        .andExpect(content().string(containsString("value=\"55\"")));
    first.get(30, TimeUnit.SECONDS);
    assertThat(values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getAmount())
        .isEqualByComparingTo("33");
  }
}
