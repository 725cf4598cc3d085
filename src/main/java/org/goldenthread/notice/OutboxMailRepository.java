package org.goldenthread.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  boolean existsByDedupeKey(String dedupeKey);

  @Query(
      "select m.id from OutboxMail m where m.state = org.goldenthread.notice.MailState.PENDING"
          + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id")
  List<Long> findDue(@Param("now") Instant now);

  /** Takes the mail for one sender: 1 when this caller has it, 0 when another took it first. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update OutboxMail m set m.state = org.goldenthread.notice.MailState.SENDING,"
          + " m.nextAttemptAt = :now, m.version = m.version + 1"
          + " where m.id = :id and m.state = org.goldenthread.notice.MailState.PENDING")
  int claim(@Param("id") long id, @Param("now") Instant now);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update OutboxMail m set m.state = org.goldenthread.notice.MailState.INTERRUPTED,"
          + " m.lastError = :why, m.version = m.version + 1"
          + " where m.state = org.goldenthread.notice.MailState.SENDING and m.nextAttemptAt < :before")
  int markInterrupted(@Param("before") Instant before, @Param("why") String why);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update OutboxMail m set m.state = org.goldenthread.notice.MailState.SENT,"
          + " m.attempts = m.attempts + 1, m.sentAt = :at, m.lastError = null,"
          + " m.nextAttemptAt = null, m.version = m.version + 1"
          + " where m.id = :id and m.state = org.goldenthread.notice.MailState.SENDING")
  int markSent(@Param("id") long id, @Param("at") Instant at);

  /** A failed attempt: back to PENDING until {@code retryAt}, or FAILED after the last one. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update OutboxMail m set m.state = :state, m.attempts = m.attempts + 1,"
          + " m.lastError = :error, m.nextAttemptAt = :retryAt, m.version = m.version + 1"
          + " where m.id = :id and m.state = org.goldenthread.notice.MailState.SENDING")
  int markFailed(
      @Param("id") long id,
      @Param("state") MailState state,
      @Param("error") String error,
      @Param("retryAt") Instant retryAt);

  List<OutboxMail> findAllByOrderByCreatedAtDescIdDesc();
}
