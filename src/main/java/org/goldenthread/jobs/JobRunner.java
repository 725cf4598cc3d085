package org.goldenthread.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs queued jobs on this instance: claims them from the table (a claim only succeeds while the
 * job is still queued, so instances never share one), runs each as the person who started it,
 * writes its progress and a heartbeat to its row every heartbeat, and keeps its outcome. On start,
 * jobs left running by a stopped instance are marked failed, and finished jobs past their keeping
 * time are deleted with their files.
 */
@Component
class JobRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  /** This instance's own jobs silent this long were left by its previous run, not this one. */
  private static final Duration OWN_STALE_AFTER = Duration.ofSeconds(10);

  private static final Duration CLEAN_EVERY = Duration.ofHours(1);

  /** How long stopping waits for running jobs to finish before it marks them failed. */
  private static final Duration FINISH_WITHIN = Duration.ofSeconds(10);

  private final JobStore store;
  private final JobFiles files;
  private final List<JobWork> works;
  private final JobsProperties properties;
  private final Clock clock;
  private final String instance;
  private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
  private final Map<JobWork, AtomicInteger> busy = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService scheduler;
  private volatile ExecutorService workers;

  JobRunner(
      JobStore store, JobFiles files, List<JobWork> works, JobsProperties properties, Clock clock) {
    this.store = store;
    this.files = files;
    this.works = List.copyOf(works);
    this.properties = properties;
    this.clock = clock;
    this.instance = properties.instance().isBlank() ? hostName() : properties.instance();
    works.forEach(w -> busy.put(w, new AtomicInteger()));
  }

  @Override
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    failStale(true);
    cleanUp();
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("job-scheduler"));
    workers = Executors.newCachedThreadPool(daemon("job-runner"));
    every(properties.poll(), this::poll);
    every(properties.heartbeat(), this::heartbeat);
    every(properties.staleAfter().dividedBy(2), () -> failStale(false));
    every(CLEAN_EVERY, this::cleanUp);
  }

  @Override
  public synchronized void stop() {
    if (!isRunning()) {
      return;
    }
    scheduler.shutdownNow();
    workers.shutdown();
    try {
      // A job about to finish may still record its outcome; the rest are cut off.
      workers.awaitTermination(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    scheduler = null;
    workers = null;
    for (String id : running.keySet()) {
      store.failed(id, Job.INTERRUPTED, clock.instant());
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** Looks for queued jobs now, rather than at the next poll: one was just started here. */
  void nudge() {
    ScheduledExecutorService now = scheduler;
    if (now != null) {
      now.execute(safely(this::poll));
    }
  }

  /** Claims as many queued jobs as each work has room for, and starts them. */
  synchronized void poll() {
    if (!isRunning()) {
      return;
    }
    for (JobWork work : works) {
      AtomicInteger taken = busy.get(work);
      int room = work.concurrency() - taken.get();
      if (room <= 0) {
        continue;
      }
      for (String id : store.queued(work.kinds(), room)) {
        if (store.claim(id, instance, clock.instant())) {
          taken.incrementAndGet();
          Job job = store.find(id).orElseThrow();
          RunningJob run = new RunningJob(job, files.input(id), files.result(id));
          running.put(id, run);
          workers.execute(() -> run(work, run));
        }
      }
    }
  }

  private void run(JobWork work, RunningJob run) {
    String id = run.job().id();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(JobActor.of(run.job()), null, List.of()));
    SecurityContextHolder.setContext(context);
    try {
      String outcome = work.run(run);
      Long size = run.resultName() == null ? null : Files.size(run.resultPath());
      // The files go before the job is marked finished, so whoever sees it finished sees them gone.
      files.deleteInput(id);
      store.succeeded(
          id, run.progress(), outcome, run.resultName(), run.resultType(), size, clock.instant());
    } catch (Exception | Error e) {
      log.error("Background job {} ({}) failed", id, run.job().kind(), e);
      try {
        files.deleteInput(id);
        Files.deleteIfExists(run.resultPath());
        store.failed(id, Job.ERROR, clock.instant());
      } catch (Exception unsaved) {
        log.error("Could not record that job {} failed", id, unsaved);
      }
    } finally {
      SecurityContextHolder.clearContext();
      running.remove(id);
      busy.get(work).decrementAndGet();
      files.deleteInput(id);
      nudge();
    }
  }

  /** Writes each running job's progress, if it changed, and its heartbeat. */
  void heartbeat() {
    Instant now = clock.instant();
    running.forEach((id, run) -> store.heartbeat(id, run.takeChanged(), now));
  }

  /**
   * Marks failed the jobs whose instance stopped while they ran: at start, this instance's own left
   * by its previous run; always, any instance's silent for longer than the stale time.
   */
  void failStale(boolean starting) {
    Instant now = clock.instant();
    Instant ownSince = starting ? now.minus(OWN_STALE_AFTER) : now.minus(properties.staleAfter());
    for (String id : store.stale(instance, ownSince, now.minus(properties.staleAfter()))) {
      if (!running.containsKey(id)) {
        log.warn("Background job {} stopped with its instance; marked failed", id);
        store.failed(id, Job.INTERRUPTED, now);
        files.deleteInput(id);
      }
    }
  }

  /** Deletes finished jobs, and their files, past their keeping time. */
  void cleanUp() {
    for (String id : store.finishedBefore(clock.instant().minus(properties.keepFor()))) {
      files.deleteAll(id);
      store.delete(id);
    }
  }

  String instance() {
    return instance;
  }

  private void every(Duration interval, Runnable task) {
    long millis = Math.max(interval.toMillis(), 100);
    scheduler.scheduleWithFixedDelay(safely(task), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** A scheduled task that logs its failure rather than stop being scheduled. */
  private static Runnable safely(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.warn("Background jobs: {}", e.getMessage(), e);
      }
    };
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "local";
    }
  }
}
