package org.goldenthread.indicator.imports;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.goldenthread.shared.BackgroundJobs;
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

  private final BackgroundJobs<Job> jobs = new BackgroundJobs<>("indicator-import", 1, KEPT);

  /** Starts {@code work} in the background and returns its job at once. */
  Job start(String kind, String fileName, Function<ImportProgress, IndicatorImport.Outcome> work) {
    Job job = new Job(kind, fileName);
    return jobs.start(
        job.id(),
        job,
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
  }

  Optional<Job> find(String id) {
    return jobs.find(id);
  }

  @PreDestroy
  void stop() {
    jobs.stop();
  }
}
