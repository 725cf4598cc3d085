package org.goldenthread.report;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.goldenthread.shared.BackgroundJobs;
import org.springframework.stereotype.Component;

/**
 * Lays out long exports (the PDF) in the background, two at a time, so the reader sees their
 * progress and other people's pages are not held up. Each job belongs to whoever started it; the
 * latest jobs and their files are kept in memory for their progress pages.
 */
@Component
public class ExportJobs {

  /** One export: whose it is, what it makes, how far it has got, and the file when made. */
  public static final class Job {
    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final long reportId;
    private final String fileName;
    private volatile String stage = "Waiting to start";
    private volatile byte[] file;
    private volatile boolean failed;

    Job(String owner, long reportId, String fileName) {
      this.owner = owner;
      this.reportId = reportId;
      this.fileName = fileName;
    }

    public String id() {
      return id;
    }

    public long reportId() {
      return reportId;
    }

    public String fileName() {
      return fileName;
    }

    public String stage() {
      return stage;
    }

    public boolean finished() {
      return file != null || failed;
    }

    public boolean failed() {
      return failed;
    }

    public int size() {
      return file == null ? 0 : file.length;
    }

    public byte[] file() {
      return file;
    }

    public void stage(String now) {
      stage = now;
    }
  }

  private static final int KEPT = 20;

  private final BackgroundJobs<Job> jobs = new BackgroundJobs<>("report-export", 2, KEPT);

  /** Starts {@code work} in the background and returns its job at once. */
  public Job start(String owner, long reportId, String fileName, Function<Job, byte[]> work) {
    Job job = new Job(owner, reportId, fileName);
    return jobs.start(
        job.id(),
        job,
        () -> {
          try {
            job.file = work.apply(job);
          } catch (RuntimeException e) {
            job.failed = true;
            throw e;
          }
        });
  }

  /** The job, to the person who started it only. */
  public Optional<Job> find(String id, String owner) {
    return jobs.find(id).filter(j -> j.owner.equals(owner));
  }

  @PreDestroy
  void stop() {
    jobs.stop();
  }
}
