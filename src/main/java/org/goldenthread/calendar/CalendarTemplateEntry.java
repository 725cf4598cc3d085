package org.goldenthread.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One line of the council's usual year: what happens or is done, and on which day of the financial
 * year. A body type names the owner where the council has a body of that kind (Cabinet for its
 * quarterly reports); a new year's entries take the first such body.
 */
@Entity
@Audited
public class CalendarTemplateEntry extends BaseEntity {

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

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private BodyType ownerBodyType;

  private Integer startMonth;
  private Integer startDay;

  @Column(nullable = false)
  private int dueMonth;

  @Column(nullable = false)
  private int dueDay;

  protected CalendarTemplateEntry() {}

  public CalendarTemplateEntry(
      String title, EntryKind kind, Concerns concerns, TemplateDate start, TemplateDate due) {
    describe(title, null, kind, concerns, null);
    schedule(start, due);
  }

  public void describe(
      String title, String description, EntryKind kind, Concerns concerns, BodyType ownerBodyType) {
    this.title = title;
    this.description = description;
    this.kind = kind;
    this.concerns = concerns;
    this.ownerBodyType = ownerBodyType;
  }

  /** The window's first day (none for a single date) and the due date. */
  public void schedule(TemplateDate start, TemplateDate due) {
    this.startMonth = start == null ? null : start.month();
    this.startDay = start == null ? null : start.day();
    this.dueMonth = due.month();
    this.dueDay = due.day();
  }

  @Override
  public String label() {
    return title;
  }

  public TemplateDate start() {
    return startMonth == null ? null : new TemplateDate(startMonth, startDay);
  }

  public TemplateDate due() {
    return new TemplateDate(dueMonth, dueDay);
  }

  /** The entry for the given year, its dates moved to that year. */
  CalendarEntry forYear(FinancialYear year) {
    CalendarEntry entry =
        new CalendarEntry(
            year, title, kind, concerns, start() == null ? null : start().in(year), due().in(year));
    entry.describe(title, description, kind, concerns, null);
    entry.fromTemplate(getId());
    return entry;
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

  public BodyType getOwnerBodyType() {
    return ownerBodyType;
  }
}
