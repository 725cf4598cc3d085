package org.goldenthread.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One mail, recorded before it is sent (V029's {@code outbox_mail}). Its dedupe key is unique, so a
 * second instance or a restart cannot write the same mail twice; a sender claims it by moving it
 * from PENDING to SENDING in one statement, so two senders cannot both send it. While it is
 * SENDING, {@code nextAttemptAt} holds when that attempt began, so that one left behind by a crash
 * can be told from one being sent now.
 */
@Entity
public class OutboxMail extends BaseEntity {

  @Column(nullable = false)
  private long personId;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private MailKind kind;

  @Column(nullable = false, length = 200, unique = true)
  private String dedupeKey;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, columnDefinition = "text")
  private String body;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private MailState state = MailState.PENDING;

  @Column(nullable = false)
  private int attempts;

  private Instant nextAttemptAt;

  @Column(length = 1000)
  private String lastError;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  protected OutboxMail() {}

  public OutboxMail(
      long personId,
      String recipient,
      MailKind kind,
      String dedupeKey,
      String subject,
      String body,
      Instant createdAt) {
    this.personId = personId;
    this.recipient = recipient;
    this.kind = kind;
    this.dedupeKey = dedupeKey;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  void write(String subject, String body) {
    this.subject = subject;
    this.body = body;
  }

  /** An administrator's "send again": back to waiting, with a fresh set of attempts. */
  void sendAgain(Instant at) {
    state = MailState.PENDING;
    attempts = 0;
    nextAttemptAt = at;
  }

  @Override
  public String label() {
    return subject;
  }

  public long getPersonId() {
    return personId;
  }

  public String getRecipient() {
    return recipient;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public MailState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
