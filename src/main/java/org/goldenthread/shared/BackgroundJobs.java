package org.goldenthread.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Long work run in the background on a few threads of its own, so the person who asked for it sees
 * its progress and other people's pages are not held up; the latest jobs are kept in memory, by id,
 * for their progress pages (and lost on restart). What a job is, and what it reports, is the
 * caller's.
 *
 * @param <J> the caller's job, which its work updates as it goes
 */
public final class BackgroundJobs<J> {

  private final ExecutorService executor;
  private final Map<String, J> jobs;

  /**
   * @param threadName the name of the threads, seen in thread dumps
   * @param threads how many jobs run at once; the rest wait their turn
   * @param kept how many of the latest jobs are kept for their progress pages
   */
  public BackgroundJobs(String threadName, int threads, int kept) {
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    this.jobs =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, J> eldest) {
            return size() > kept;
          }
        };
  }

  /** Keeps the job under its id and starts its work in the background; returns the job at once. */
  public J start(String id, J job, Runnable work) {
    synchronized (jobs) {
      jobs.put(id, job);
    }
    executor.execute(work);
    return job;
  }

  /** The job, while it is among the latest kept. */
  public Optional<J> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** Stops the work under way, as the application shuts down. */
  public void stop() {
    executor.shutdownNow();
  }
}
