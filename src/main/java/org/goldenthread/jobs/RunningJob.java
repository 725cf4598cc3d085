package org.goldenthread.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A job as its work sees it while it runs: the job, its input, a sink for its progress (kept in
 * memory and written to the row by the runner every heartbeat, not at every call) and its result
 * file.
 */
public final class RunningJob {

  private final Job job;
  private final Path input;
  private final Path result;
  private volatile int total;
  private volatile int checked;
  private volatile int done;
  private volatile String message;
  private volatile boolean changed;
  private volatile String resultName;
  private volatile String resultType;

  RunningJob(Job job, Path input, Path result) {
    this.job = job;
    this.input = input;
    this.result = result;
  }

  public Job job() {
    return job;
  }

  /** The bytes the job was started with (an uploaded file); empty if none. */
  public byte[] input() throws IOException {
    return Files.exists(input) ? Files.readAllBytes(input) : new byte[0];
  }

  /** How many items the work has in all. */
  public void total(int count) {
    total = count;
    changed = true;
  }

  /** How many items have been checked. */
  public void checked(int count) {
    checked = count;
    changed = true;
  }

  /** How many items have been done (saved). */
  public void done(int count) {
    done = count;
    changed = true;
  }

  /** What the work is doing now, in words for the person waiting. */
  public void message(String now) {
    message = now;
    changed = true;
  }

  /**
   * Opens the job's result file, kept on disk until the job is cleaned away; the caller closes it.
   */
  public OutputStream result(String fileName, String contentType) throws IOException {
    resultName = fileName;
    resultType = contentType;
    Files.createDirectories(result.getParent());
    return Files.newOutputStream(result);
  }

  Job.Progress progress() {
    return new Job.Progress(total, checked, done, message);
  }

  /** The progress if it changed since the last call, else null. */
  Job.Progress takeChanged() {
    if (!changed) {
      return null;
    }
    changed = false;
    return progress();
  }

  String resultName() {
    return resultName;
  }

  String resultType() {
    return resultType;
  }

  Path resultPath() {
    return result;
  }
}
