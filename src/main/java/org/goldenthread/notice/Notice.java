package org.goldenthread.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice recorded for a person before anything is sent: unique by person, kind and subject, so
 * that it is told once. It waits for the person's next mail, which then names it.
 */
@Entity
public class Notice extends BaseEntity {

  @Column(nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private NoticeKind kind;

  @Column(nullable = false, length = 200)
  private String subjectKey;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String detail;

  private LocalDate dueOn;

  @Column(length = 300)
  private String link;

  @Column(nullable = false)
  private boolean essential;

  @Column(nullable = false)
  private Instant createdAt;

  /** The mail that carried it; null while it waits. */
  private Long mailId;

  protected Notice() {}

  Notice(NoticeItem item, Instant createdAt) {
    this.personId = item.personId();
    this.kind = item.kind();
    this.subjectKey = item.subjectKey();
    this.title = item.title();
    this.detail = item.detail();
    this.dueOn = item.dueOn();
    this.link = item.link();
    this.essential = item.kind().isEssential();
    this.createdAt = createdAt;
  }

  void sentIn(long mailId) {
    this.mailId = mailId;
  }

  @Override
  public String label() {
    return title;
  }

  public long getPersonId() {
    return personId;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getTitle() {
    return title;
  }

  public String getDetail() {
    return detail;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getLink() {
    return link;
  }

  public boolean isEssential() {
    return essential;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getMailId() {
    return mailId;
  }
}
