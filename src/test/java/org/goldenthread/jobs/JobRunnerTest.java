package org.goldenthread.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Jobs kept in the real database: each test runs a fresh runner, as another instance or the same
 * one after a restart would, on kinds of work of its own that the application's runner leaves
 * alone.
 */
@GoldenThreadTest
class JobRunnerTest {

  record Someone(String username, String displayName, long accountId, Long personId)
      implements Actor {}

  static final Someone ANNA = new Someone("anna.test", "Anna Test", 9_001, 9_002L);

  @Autowired Jobs jobs;
  @Autowired JobStore store;
  @Autowired JobFiles files;
  @Autowired JobsProperties properties;
  @Autowired Clock clock;

  private final List<JobRunner> runners = new java.util.ArrayList<>();

  @AfterEach
  void stopRunners() {
    runners.forEach(JobRunner::stop);
  }

  /** Copies its input into a text file, as the person who started it. */
  static final class Copy implements JobWork {
    final AtomicReference<Actor> ranAs = new AtomicReference<>();

    @Override
    public Set<String> kinds() {
      return Set.of("test-copy");
    }

    @Override
    public int concurrency() {
      return 1;
    }

    @Override
    public String run(RunningJob job) throws Exception {
      ranAs.set((Actor) SecurityContextHolder.getContext().getAuthentication().getPrincipal());
      try (OutputStream out = job.result("copy.txt", "text/plain")) {
        out.write(job.input());
      }
      return "{\"copied\":" + job.input().length + "}";
    }
  }

  @Test
  void aQueuedJobWithItsFileOutlivesItsInstanceAndAFreshRunnerDoesItAsItsStarter()
      throws Exception {
    byte[] upload = "the uploaded file".getBytes(StandardCharsets.UTF_8);
    String id = jobs.start("test-copy", ANNA, 42L, "upload.csv", upload);

    Job queued = jobs.find(id).orElseThrow();
    assertThat(queued.state()).isEqualTo(JobState.QUEUED);
    assertThat(queued.startedBy().accountId()).isEqualTo(9_001L);
    assertThat(queued.startedBy().personId()).isEqualTo(9_002L);
    assertThat(queued.startedBy().name()).isEqualTo("Anna Test");
    assertThat(queued.subjectId()).isEqualTo(42L);
    assertThat(Files.readAllBytes(files.input(id))).isEqualTo(upload);

    Copy copy = new Copy();
    runner(copy, clock, "another-instance").start();
    Job done = await(id, Job::finished);

    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.outcome()).isEqualTo("{\"copied\":17}");
    assertThat(done.startedAt()).isNotNull();
    assertThat(done.finishedAt()).isNotNull();
    assertThat(copy.ranAs.get().accountId()).isEqualTo(9_001L);
    assertThat(copy.ranAs.get().displayName()).isEqualTo("Anna Test");
    assertThat(files.input(id)).doesNotExist();
    ResponseEntity<Resource> download = jobs.download(done);
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("copy.txt");
    assertThat(download.getHeaders().getContentLength()).isEqualTo(17);
    assertThat(download.getBody().getFile().toPath()).isEqualTo(files.result(id));
    assertThat(download.getBody().getContentAsByteArray()).isEqualTo(upload);
  }

  @Test
  void progressIsWrittenToTheRowWhileTheJobRunsAndReadFromThereByAnyone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    JobWork slow =
        new JobWork() {
          @Override
          public Set<String> kinds() {
            return Set.of("test-slow");
          }

          @Override
          public int concurrency() {
            return 1;
          }

          @Override
          public String run(RunningJob job) throws Exception {
            job.total(1_000);
            job.checked(1_000);
            job.done(250);
            job.message("Saving rows");
            release.await(30, TimeUnit.SECONDS);
            return null;
          }
        };
    String id = jobs.start("test-slow", ANNA, null, "big.csv", null);
    runner(slow, clock, "another-instance").start();

    Job running = await(id, j -> j.progress().done() == 250);
    release.countDown();

    assertThat(running.state()).isEqualTo(JobState.RUNNING);
    assertThat(running.progress()).isEqualTo(new Job.Progress(1_000, 1_000, 250, "Saving rows"));
    Job done = await(id, Job::finished);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.hasResult()).isFalse();
  }

  @Test
  void aJobWhoseWorkFailsIsMarkedFailedAndKeepsNoFile() throws Exception {
    JobWork broken =
        new JobWork() {
          @Override
          public Set<String> kinds() {
            return Set.of("test-broken");
          }

          @Override
          public int concurrency() {
            return 1;
          }

          @Override
          public String run(RunningJob job) throws Exception {
            try (OutputStream out = job.result("half.pdf", "application/pdf")) {
              out.write(1);
            }
            throw new IllegalStateException("the work broke");
          }
        };
    String id = jobs.start("test-broken", ANNA, null, "a.pdf", new byte[] {1});
    runner(broken, clock, "another-instance").start();

    Job failed = await(id, Job::finished);

    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.failure()).isEqualTo(Job.ERROR);
    assertThat(failed.interrupted()).isFalse();
    assertThat(files.result(id)).doesNotExist();
    assertThat(files.input(id)).doesNotExist();
  }

  @Test
  void jobsLeftRunningByAStoppedInstanceAreMarkedFailedWhenARunnerStarts() {
    Instant now = clock.instant();
    String ownOld = running("test-stale", "this-instance", now.minusSeconds(30));
    String otherOld = running("test-stale", "gone-instance", now.minus(Duration.ofMinutes(5)));
    String otherAlive = running("test-stale", "live-instance", now.minusSeconds(30));

    runner(new Copy(), clock, "this-instance").start();

    Job own = jobs.find(ownOld).orElseThrow();
    assertThat(own.state()).isEqualTo(JobState.FAILED);
    assertThat(own.interrupted()).isTrue();
    assertThat(own.finishedAt()).isNotNull();
    assertThat(files.input(ownOld)).doesNotExist();
    assertThat(jobs.find(otherOld).orElseThrow().interrupted()).isTrue();
    assertThat(jobs.find(otherAlive).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    store.failed(otherAlive, Job.ERROR, now);
  }

  @Test
  void aQueuedJobIsClaimedByOneRunnerOnly() {
    String id = jobs.start("test-claim", ANNA, null, "x", null);
    Instant now = clock.instant();

    assertThat(store.claim(id, "first", now)).isTrue();
    assertThat(store.claim(id, "second", now)).isFalse();
    store.failed(id, Job.ERROR, now);
  }

  @Test
  void finishedJobsAndTheirFilesAreDeletedAfterTheKeepingTime() throws Exception {
    String id = jobs.start("test-copy", ANNA, null, "upload.csv", new byte[] {1, 2, 3});
    runner(new Copy(), clock, "another-instance").start();
    await(id, Job::finished);
    assertThat(files.result(id)).exists();

    Clock later = Clock.offset(clock, properties.keepFor().minusHours(1));
    runner(new Copy(), later, "another-instance").cleanUp();
    assertThat(jobs.find(id)).isPresent();

    Clock past = Clock.offset(clock, properties.keepFor().plusHours(1));
    runner(new Copy(), past, "another-instance").cleanUp();
    assertThat(jobs.find(id)).isEmpty();
    assertThat(files.result(id)).doesNotExist();
  }

  /** A job of {@code kind} that an instance claimed at {@code heartbeat} and last spoke then. */
  private String running(String kind, String instance, Instant heartbeat) {
    String id = jobs.start(kind, ANNA, null, "file.csv", new byte[] {1});
    assertThat(store.claim(id, instance, heartbeat)).isTrue();
    return id;
  }

  private JobRunner runner(JobWork work, Clock clock, String instance) {
    JobsProperties mine =
        new JobsProperties(
            properties.directory(),
            Duration.ofMillis(200),
            Duration.ofMillis(100),
            properties.staleAfter(),
            properties.keepFor(),
            instance);
    JobRunner runner =
        new JobRunner(store, files, List.of(work), mine, clock.withZone(ZoneOffset.UTC));
    runners.add(runner);
    return runner;
  }

  private Job await(String id, Predicate<Job> until) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Job job = jobs.find(id).orElseThrow();
      if (until.test(job)) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Job " + id + " did not get there: " + jobs.find(id));
  }
}
