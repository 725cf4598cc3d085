package org.goldenthread.action.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lead officer and the accountable manager posting the quarter's first progress update at the
 * same moment: one is recorded, the other told it already exists, never a server error.
 */
@GoldenThreadTest
class SimultaneousProgressTest {

  static final int ROUNDS = 5;

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates updates;

  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @BeforeEach
  void importActionsNotYetAssessed() throws Exception {
    String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
    StringBuilder file = new StringBuilder("code,title,lead_officer,accountable,due_date\n");
    for (int i = 0; i < ROUNDS; i++) {
      file.append(
          "SP%s%d,Answer letters sooner,Sam Patel,Priya Shah,%s\n".formatted(s, i, nextYear));
    }
    mvc.perform(
            post("/api/v1/actions/import")
                .contentType("text/csv")
                .content(file.toString())
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private MockHttpServletResponse postUpdate(String code, String user, int percent)
      throws Exception {
    return mvc.perform(
            post("/api/v1/actions/" + code + "/updates")
                .with(users.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"percentComplete\":%d,\"status\":\"GREEN\",\"commentary\":\"By %s\"}"
                        .formatted(percent, user)))
        .andReturn()
        .getResponse();
  }

  @Test
  void twoFirstUpdatesPostedAtOnceRecordOneAndRefuseTheOtherWithoutAServerError() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String code = "SP" + s + round;
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
      answers.add(
          threads.submit(
              () -> {
                together.await(10, TimeUnit.SECONDS);
                return postUpdate(code, "officer", 40);
              }));
      answers.add(
          threads.submit(
              () -> {
                together.await(10, TimeUnit.SECONDS);
                return postUpdate(code, "manager", 60);
              }));
      List<MockHttpServletResponse> recorded = new ArrayList<>();
      List<MockHttpServletResponse> refused = new ArrayList<>();
      for (Future<MockHttpServletResponse> answer : answers) {
        MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.getStatus()).as(response.getContentAsString()).isNotEqualTo(500);
        (response.getStatus() == 201 ? recorded : refused).add(response);
      }
      assertThat(recorded).as("round " + round).hasSize(1);
      assertThat(refused).as("round " + round).hasSize(1);
      // The loser met the winner's update as it went in (409), or found it recorded and sent no
      // version to replace it with (428): either way the winner's stands.
      assertThat(refused.get(0).getStatus()).isIn(409, 428);
      Action action = actions.byCode(code);
      List<ProgressUpdate> kept = updates.of(action);
      assertThat(kept).hasSize(1);
      String winner = recorded.get(0).getContentAsString();
      assertThat(winner).contains("\"commentary\":\"" + kept.get(0).getCommentary() + "\"");
      assertThat(kept.get(0).getPercentComplete())
          .isEqualTo(kept.get(0).getCommentary().equals("By officer") ? 40 : 60);
      assertThat(action.getPercentComplete()).isEqualTo(kept.get(0).getPercentComplete());
    }
  }
}
