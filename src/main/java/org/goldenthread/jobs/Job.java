package org.goldenthread.jobs;

import java.time.Instant;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.PersonRef;

/**
 * One background job as its row holds it: what it is, who started it (by id, with the name shown at
 * the time), what it concerns, how far it has got and how it ended.
 *
 * @param kind the kind of work, which names the {@link JobWork} that does it
 * @param subjectId the record the job concerns (a report), if any
 * @param subject what the job concerns in words, such as the file's name
 * @param outcome what the work reported at the end (the work's own text or JSON)
 * @param failure why the job failed, in words that follow "It stopped because"
 * @param resultName the name of the file the job made, if any
 */
public record Job(
    String id,
    String kind,
    JobState state,
    PersonRef startedBy,
    String startedByUsername,
    Long subjectId,
    String subject,
    Progress progress,
    String outcome,
    String failure,
    String resultName,
    String resultType,
    long resultSize,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** Why a job that stopped with an error failed. */
  public static final String ERROR = "of an unexpected error";

  /** Why a job that was running when its instance stopped failed. */
  public static final String INTERRUPTED = "Golden Thread restarted before it finished";

  /** Counts of the work done so far, and what it is doing now. */
  public record Progress(int total, int checked, int done, String message) {}

  public boolean finished() {
    return state.finished();
  }

  public boolean failed() {
    return state == JobState.FAILED;
  }

  /** Failed because the application stopped while it ran, rather than because of its work. */
  public boolean interrupted() {
    return failed() && INTERRUPTED.equals(failure);
  }

  /** Finished with a file to download. */
  public boolean hasResult() {
    return state == JobState.SUCCEEDED && resultName != null;
  }

  /** Whether {@code who} started this job (by account). */
  public boolean startedBy(Actor who) {
    return who != null && startedBy.accountId() != null && startedBy.accountId() == who.accountId();
  }
}
