package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundJobsTest {

  private final BackgroundJobs<String> jobs = new BackgroundJobs<>("test-job", 1, 2);

  @AfterEach
  void stop() {
    jobs.stop();
  }

  @Test
  void aJobIsFoundAtOnceAndItsWorkRunsInTheBackground() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    List<String> threads = new CopyOnWriteArrayList<>();

    String job =
        jobs.start(
            "a",
            "job a",
            () -> {
              threads.add(Thread.currentThread().getName());
              ran.countDown();
            });

    assertThat(job).isEqualTo("job a");
    assertThat(jobs.find("a")).contains("job a");
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(threads).containsExactly("test-job");
  }

  @Test
  void onlyTheLatestJobsAreKeptAndWorkWaitsItsTurn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(3);
    List<String> order = new CopyOnWriteArrayList<>();
    for (String id : List.of("a", "b", "c")) {
      jobs.start(
          id,
          "job " + id,
          () -> {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            order.add(id);
            done.countDown();
          });
    }

    assertThat(jobs.find("a")).isEmpty();
    assertThat(jobs.find("b")).contains("job b");
    assertThat(jobs.find("c")).contains("job c");
    assertThat(jobs.find("unknown")).isEmpty();
    release.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly("a", "b", "c");
  }
}
