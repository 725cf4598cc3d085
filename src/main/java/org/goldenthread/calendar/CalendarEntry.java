package org.goldenthread.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An event or task of one financial year's cycle (SPEC §9): its owner (a person or a body), its
 * dates, what it concerns and its state. Whether a task was missed follows from its due date.
 */
@Entity
@Audited
public class CalendarEntry extends BaseEntity {

  @Column(nullable = false)
  private int financialYear;

  private Long templateId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 1000)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private EntryKind kind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Concerns concerns;

  /** The plan, report definition or body it concerns, by id; what it is follows from concerns. */
  private Long concernsId;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person ownerPerson;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body ownerBody;

  private LocalDate startsOn;

  @Column(nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private EntryState state = EntryState.PLANNED;

  private LocalDate doneOn;
  private Long doneByPersonId;
  private Long doneByAccountId;
  private String doneBy;

  protected CalendarEntry() {}

  public CalendarEntry(
      FinancialYear year,
      String title,
      EntryKind kind,
      Concerns concerns,
      LocalDate startsOn,
      LocalDate dueOn) {
    this.financialYear = year.startYear();
    describe(title, null, kind, concerns, null);
    schedule(startsOn, dueOn);
  }

  public void describe(
      String title, String description, EntryKind kind, Concerns concerns, Long concernsId) {
    this.title = title;
    this.description = description;
    this.kind = kind;
    this.concerns = concerns;
    this.concernsId = concernsId;
  }

  /** Its window's first day (none for a single date) and its due date, within its year. */
  public void schedule(LocalDate startsOn, LocalDate dueOn) {
    if (startsOn != null && startsOn.isAfter(dueOn)) {
      throw new RuleViolationException("startsOn", "The start cannot be after the due date.");
    }
    this.startsOn = startsOn;
    this.dueOn = dueOn;
  }

  /** A person owns it, or a body does, or nobody yet. */
  public void ownedBy(Person person, Body body) {
    if (person != null && body != null) {
      throw new RuleViolationException("owner", "Choose a person or a body to own it, not both.");
    }
    this.ownerPerson = person;
    this.ownerBody = body;
  }

  void fromTemplate(Long templateId) {
    this.templateId = templateId;
  }

  public void markDone(LocalDate on, PersonRef by) {
    if (state == EntryState.DONE) {
      throw new RuleViolationException(null, "This is marked as done already.");
    }
    state = EntryState.DONE;
    doneOn = on;
    doneByPersonId = by.personId();
    doneByAccountId = by.accountId();
    doneBy = by.name();
  }

  public void cancel() {
    state = EntryState.CANCELLED;
  }

  /** Back to planned: done by mistake, or a cancelled meeting rearranged. */
  public void reinstate() {
    state = EntryState.PLANNED;
    doneOn = null;
    doneByPersonId = null;
    doneByAccountId = null;
    doneBy = null;
  }

  public Standing standing(LocalDate today) {
    return Standing.of(kind, state, dueOn, today);
  }

  @Override
  public String label() {
    return title;
  }

  public FinancialYear getFinancialYear() {
    return new FinancialYear(financialYear);
  }

  public Long getTemplateId() {
    return templateId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public EntryKind getKind() {
    return kind;
  }

  public Concerns getConcerns() {
    return concerns;
  }

  public Long getConcernsId() {
    return concernsId;
  }

  public Person getOwnerPerson() {
    return ownerPerson;
  }

  public Body getOwnerBody() {
    return ownerBody;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public EntryState getState() {
    return state;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public PersonRef getDoneBy() {
    return PersonRef.recorded(doneBy, doneByPersonId, doneByAccountId);
  }
}
