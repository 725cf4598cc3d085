package org.goldenthread.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.Attachment;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Starting background jobs and reading them back, from any instance: a job is a row in the
 * database, its input and result are files in the jobs directory, and a runner on some instance
 * does its work (see {@link JobWork}).
 */
@Service
public class Jobs {

  private final JobStore store;
  private final JobFiles files;
  private final JobRunner runner;
  private final Clock clock;

  Jobs(JobStore store, JobFiles files, JobRunner runner, Clock clock) {
    this.store = store;
    this.files = files;
    this.runner = runner;
    this.clock = clock;
  }

  /**
   * Queues a job, keeping its input on disk so it waits safely for a runner; returns its id, a
   * random UUID that cannot be guessed.
   *
   * @param subjectId the record the job concerns, if any
   * @param subject what it concerns, in words (the file's name)
   * @param input what the work needs (an uploaded file), or null
   */
  public String start(String kind, Actor by, Long subjectId, String subject, byte[] input) {
    String id = UUID.randomUUID().toString();
    if (input != null) {
      files.writeInput(id, input);
    }
    store.insert(
        id,
        kind,
        by.person(),
        by.username(),
        subjectId,
        subject,
        input == null ? 0 : input.length,
        clock.instant());
    runner.nudge();
    return id;
  }

  /** The job as its row holds it now. */
  public Optional<Job> find(String id) {
    return id == null ? Optional.empty() : store.find(id);
  }

  /** The job's result file, streamed from disk as an attachment under its name. */
  public ResponseEntity<Resource> download(Job job) {
    Path file = files.result(job.id());
    if (!job.hasResult() || !Files.isRegularFile(file)) {
      throw new RecordNotFoundException("File", job.id());
    }
    return Attachment.of(MediaType.parseMediaType(job.resultType()), job.resultName())
        .contentLength(job.resultSize())
        .body(new FileSystemResource(file));
  }
}
