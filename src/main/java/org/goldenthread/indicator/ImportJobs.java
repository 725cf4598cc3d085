package org.goldenthread.indicator;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs large imports one at a time in the background, so the officer sees their progress rather
 * than a page that does not load. The import runs as the person who started it, for the audit
 * trail. The latest jobs are kept in memory for their progress pages.
 */
@Component
class ImportJobs {

  /** One import: what it is, how far it has got, and (when finished) its outcome. */
  static final class Job {
    private final String id = UUID.randomUUID().toString();
    private final String kind;
    private final String fileName;
    private final ImportProgress progress = new ImportProgress();
    private volatile IndicatorImport.Outcome outcome;

    Job(String kind, String fileName) {
      this.kind = kind;
      this.fileName = fileName;
    }

    public String id() {
      return id;
    }

    public String kind() {
      return kind;
    }

    public String fileName() {
      return fileName;
    }

    public ImportProgress progress() {
      return progress;
    }

    public IndicatorImport.Outcome outcome() {
      return outcome;
    }

    public boolean finished() {
      return outcome != null;
    }
  }

  private static final int KEPT = 50;

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "indicator-import");
            t.setDaemon(true);
            return t;
          });

  private final Map<String, Job> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
          return size() > KEPT;
        }
      };

  /** Starts {@code work} in the background and returns its job at once. */
  Job start(String kind, String fileName, Function<ImportProgress, IndicatorImport.Outcome> work) {
    Job job = new Job(kind, fileName);
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    executor.execute(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                job.outcome = work.apply(job.progress);
              } catch (RuntimeException failed) {
                job.outcome =
                    IndicatorImport.Outcome.refused(
                        "The import stopped because of an unexpected error, and nothing has been"
                            + " saved. Try again, and if it happens again tell the Golden Thread"
                            + " administrator.");
                throw failed;
              }
            }));
    return job;
  }

  Optional<Job> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
