package org.goldenthread.jobs;

/** Where a job has got: waiting for a runner, running, or finished one way or the other. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
