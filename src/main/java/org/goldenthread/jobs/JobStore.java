package org.goldenthread.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.shared.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job table. Each change is one statement of its own, outside any transaction of the work, so
 * the progress page on any instance sees it at once; a job is claimed by an update that only
 * succeeds while it is still queued, so two instances never run the same job.
 */
@Repository
class JobStore {

  private static final String COLUMNS =
      "id, kind, state, started_by_account_id, started_by_person_id, started_by_username,"
          + " started_by, subject_id, subject, progress_total, progress_checked, progress_done,"
          + " progress_message, outcome, failure, result_name, result_type, result_size,"
          + " created_at, started_at, finished_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate own;

  JobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Keeps a new job at once, in a transaction of its own even when the request that starts it has
   * one, so that a runner (on any instance) can claim it before the request ends.
   */
  void insert(
      String id,
      String kind,
      PersonRef by,
      String username,
      Long subjectId,
      String subject,
      long inputSize,
      Instant now) {
    own.executeWithoutResult(
        status ->
            jdbc.sql(
                    "insert into background_job (id, kind, state, started_by_account_id,"
                        + " started_by_person_id, started_by_username, started_by, subject_id, subject,"
                        + " input_size, created_at) values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    id,
                    kind,
                    by.accountId(),
                    by.personId(),
                    username,
                    by.name(),
                    subjectId,
                    subject,
                    inputSize,
                    time(now))
                .update());
  }

  Optional<Job> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from background_job where id = ?")
        .param(id)
        .query(JobStore::job)
        .optional();
  }

  /** The oldest queued jobs of these kinds, for a runner to try to claim. */
  List<String> queued(Collection<String> kinds, int limit) {
    return jdbc.sql(
            "select id from background_job where state = 'QUEUED' and kind in (:kinds)"
                + " order by created_at, id limit :limit")
        .param("kinds", kinds)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  /** Takes a queued job for this instance; false if another took it first. */
  boolean claim(String id, String instance, Instant now) {
    return jdbc.sql(
                "update background_job set state = 'RUNNING', instance = ?, started_at = ?,"
                    + " heartbeat_at = ? where id = ? and state = 'QUEUED'")
            .params(instance, time(now), time(now), id)
            .update()
        == 1;
  }

  void heartbeat(String id, Job.Progress progress, Instant now) {
    if (progress == null) {
      jdbc.sql("update background_job set heartbeat_at = ? where id = ? and state = 'RUNNING'")
          .params(time(now), id)
          .update();
      return;
    }
    jdbc.sql(
            "update background_job set heartbeat_at = ?, progress_total = ?,"
                + " progress_checked = ?, progress_done = ?, progress_message = ?"
                + " where id = ? and state = 'RUNNING'")
        .params(
            time(now),
            progress.total(),
            progress.checked(),
            progress.done(),
            progress.message(),
            id)
        .update();
  }

  void succeeded(
      String id,
      Job.Progress progress,
      String outcome,
      String resultName,
      String resultType,
      Long resultSize,
      Instant now) {
    jdbc.sql(
            "update background_job set state = 'SUCCEEDED', progress_total = ?,"
                + " progress_checked = ?, progress_done = ?, progress_message = ?, outcome = ?,"
                + " result_name = ?, result_type = ?, result_size = ?, finished_at = ?,"
                + " heartbeat_at = ? where id = ? and state = 'RUNNING'")
        .params(
            progress.total(),
            progress.checked(),
            progress.done(),
            progress.message(),
            outcome,
            resultName,
            resultType,
            resultSize,
            time(now),
            time(now),
            id)
        .update();
  }

  void failed(String id, String failure, Instant now) {
    jdbc.sql(
            "update background_job set state = 'FAILED', failure = ?, finished_at = ?"
                + " where id = ? and state in ('QUEUED', 'RUNNING')")
        .params(failure, time(now), id)
        .update();
  }

  /**
   * Running jobs whose instance has stopped: this instance's, silent since {@code ownSince} (left
   * by its previous run), and any instance's, silent since {@code anySince}.
   */
  List<String> stale(String instance, Instant ownSince, Instant anySince) {
    return jdbc.sql(
            "select id from background_job where state = 'RUNNING' and (heartbeat_at < ?"
                + " or (instance = ? and heartbeat_at < ?))")
        .params(time(anySince), instance, time(ownSince))
        .query(String.class)
        .list();
  }

  /** Finished jobs to clean away. */
  List<String> finishedBefore(Instant before) {
    return jdbc.sql(
            "select id from background_job where state in ('SUCCEEDED', 'FAILED')"
                + " and finished_at < ?")
        .param(time(before))
        .query(String.class)
        .list();
  }

  void delete(String id) {
    jdbc.sql("delete from background_job where id = ?").param(id).update();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Job job(ResultSet rs, int row) throws SQLException {
    return new Job(
        rs.getString("id"),
        rs.getString("kind"),
        JobState.valueOf(rs.getString("state")),
        new PersonRef(
            longOrNull(rs, "started_by_person_id"),
            longOrNull(rs, "started_by_account_id"),
            rs.getString("started_by")),
        rs.getString("started_by_username"),
        longOrNull(rs, "subject_id"),
        rs.getString("subject"),
        new Job.Progress(
            rs.getInt("progress_total"),
            rs.getInt("progress_checked"),
            rs.getInt("progress_done"),
            rs.getString("progress_message")),
        rs.getString("outcome"),
        rs.getString("failure"),
        rs.getString("result_name"),
        rs.getString("result_type"),
        rs.getLong("result_size"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }
}
