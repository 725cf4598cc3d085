package org.goldenthread.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.Responsibility;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An action or project (SPEC §5): it delivers a framework item or a committee decision, has a lead
 * officer and dates, and carries the latest progress its lead officer reported.
 */
@Entity
@Audited
public class Action extends BaseEntity {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ActionKind kind = ActionKind.ACTION;

  @ManyToOne(fetch = FetchType.LAZY)
  private FrameworkItem frameworkItem;

  @ManyToOne(fetch = FetchType.LAZY)
  private Decision decision;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Person leadOfficer;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person accountable;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  private LocalDate startDate;

  /** Null when no date has been set, as happens in trackers brought in from elsewhere. */
  private LocalDate dueDate;

  @Column(nullable = false)
  private int percentComplete;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private Brag status;

  private LocalDate completedOn;

  @Column(length = 4000)
  private String commentary;

  @Column(length = 4000)
  private String remedialAction;

  @Column(length = 20)
  private Period lastUpdatePeriod;

  @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueDate, id")
  private List<Milestone> milestones = new ArrayList<>();

  protected Action() {}

  public Action(String code, String title, Person leadOfficer, LocalDate dueDate) {
    this.code = code;
    this.title = title;
    this.leadOfficer = leadOfficer;
    this.dueDate = dueDate;
  }

  public void describe(String code, String title, String description, ActionKind kind) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.kind = kind;
  }

  /** What the action delivers: a framework item, a decision, or both. */
  public void deliver(FrameworkItem item, Decision decision) {
    this.frameworkItem = item;
    this.decision = decision;
  }

  public void assign(Person leadOfficer, Person accountable, OrgUnit orgUnit) {
    this.leadOfficer = leadOfficer;
    this.accountable = accountable;
    this.orgUnit = orgUnit;
  }

  /** When the action runs; it cannot be due before it starts. */
  public void schedule(LocalDate start, LocalDate due) {
    if (start != null && due != null && due.isBefore(start)) {
      throw new RuleViolationException(
          "dueDate", "The due date cannot be before the start date of " + DAY.format(start));
    }
    this.startDate = start;
    this.dueDate = due;
  }

  /**
   * Takes on an assessment as the action's current progress. A correction to an earlier period's
   * update is kept with that update but does not overwrite a later one.
   */
  public void record(ProgressUpdate update) {
    if (lastUpdatePeriod != null && update.getPeriod().compareTo(lastUpdatePeriod) < 0) {
      return;
    }
    takeProgress(
        update.getPercentComplete(),
        update.getStatus(),
        update.getCompletedOn(),
        update.getCommentary(),
        update.getRemedialAction());
    this.lastUpdatePeriod = update.getPeriod();
  }

  /** Sets progress directly, as an import of a tracker does; Blue means 100% complete. */
  public void takeProgress(
      int percent, Brag status, LocalDate completedOn, String commentary, String remedialAction) {
    this.percentComplete = completedOn != null || status == Brag.BLUE ? 100 : percent;
    this.status = status;
    this.completedOn = completedOn;
    this.commentary = commentary;
    this.remedialAction = remedialAction;
  }

  public Milestone addMilestone(String title, LocalDate due) {
    Milestone milestone = new Milestone(this, title, due);
    milestones.add(milestone);
    return milestone;
  }

  public void removeMilestone(Milestone milestone) {
    if (milestones.stream().anyMatch(m -> m.getDependsOn() == milestone)) {
      throw new RuleViolationException(
          null, "Another milestone waits on \"" + milestone.getTitle() + "\": change that first");
    }
    milestones.remove(milestone);
  }

  /** The dates and progress the BRAG rules judge. */
  public Schedule schedule() {
    return new Schedule(
        startDate,
        dueDate,
        percentComplete,
        completedOn,
        milestones.stream().map(Milestone::dates).toList());
  }

  public BragRules.Suggestion suggestion(LocalDate asOf) {
    return BragRules.suggest(schedule(), asOf);
  }

  public boolean isComplete() {
    return datesOnly().isComplete();
  }

  public boolean isOverdue(LocalDate asOf) {
    return datesOnly().isOverdue(asOf);
  }

  /** Whether it is complete or overdue does not depend on milestones, so they need not be read. */
  private Schedule datesOnly() {
    return new Schedule(startDate, dueDate, percentComplete, completedOn, List.of());
  }

  /** Whether this period's progress update is still to come: the action is open and unreported. */
  public boolean needsUpdate(Period period) {
    boolean started = startDate == null || !startDate.isAfter(period.end());
    return started
        && !isComplete()
        && (lastUpdatePeriod == null || lastUpdatePeriod.compareTo(period) < 0);
  }

  public Responsibility responsibility() {
    return new Responsibility(
        leadOfficer.getId(),
        accountable == null ? null : accountable.getId(),
        orgUnit == null ? null : orgUnit.getId());
  }

  @Override
  public String label() {
    return code + " " + title;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public ActionKind getKind() {
    return kind;
  }

  public FrameworkItem getFrameworkItem() {
    return frameworkItem;
  }

  public Decision getDecision() {
    return decision;
  }

  public Person getLeadOfficer() {
    return leadOfficer;
  }

  public Person getAccountable() {
    return accountable;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  /** The lead officer's latest assessment; null until the first update. */
  public Brag getStatus() {
    return status;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getCommentary() {
    return commentary;
  }

  public String getRemedialAction() {
    return remedialAction;
  }

  public Period getLastUpdatePeriod() {
    return lastUpdatePeriod;
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }
}
