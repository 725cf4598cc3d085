package org.goldenthread.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.envers.Audited;

/** A dated step on the way to an action's due date; it may wait on an earlier milestone. */
@Entity
@Audited
public class Milestone extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Action action;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false)
  private LocalDate dueDate;

  private LocalDate completedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  private Milestone dependsOn;

  protected Milestone() {}

  Milestone(Action action, String title, LocalDate dueDate) {
    this.action = action;
    plan(title, dueDate, null);
  }

  /**
   * What the milestone is and when it is due; it may wait on another milestone of the action. The
   * other milestone is read through its getters: Hibernate may hand it over as a proxy, whose own
   * fields are empty.
   */
  public void plan(String title, LocalDate dueDate, Milestone dependsOn) {
    if (dependsOn != null) {
      if (!dependsOn.getAction().equals(action)) {
        throw new RuleViolationException(
            "dependsOnId", "A milestone can only wait on another milestone of the same action");
      }
      for (Milestone m = dependsOn; m != null; m = m.getDependsOn()) {
        if (m == this || (getId() != null && getId().equals(m.getId()))) {
          throw new RuleViolationException(
              "dependsOnId", "A milestone cannot wait on itself, directly or through another");
        }
      }
      if (dueDate.isBefore(dependsOn.getDueDate())) {
        throw new RuleViolationException(
            "dueDate",
            "This milestone waits on \""
                + dependsOn.getTitle()
                + "\", so it cannot be due before that one");
      }
    }
    this.title = title;
    this.dueDate = dueDate;
    this.dependsOn = dependsOn;
  }

  /** Marks the milestone done; one waiting on an unfinished milestone cannot be. */
  public void complete(LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw new RuleViolationException(
          "completedOn", "The completion date cannot be in the future");
    }
    if (dependsOn != null && !dependsOn.isComplete()) {
      throw new RuleViolationException(
          "completedOn",
          "\"" + title + "\" waits on \"" + dependsOn.getTitle() + "\", which is not done yet");
    }
    if (dependsOn != null && on.isBefore(dependsOn.getCompletedOn())) {
      throw new RuleViolationException(
          "completedOn",
          "\""
              + title
              + "\" waits on \""
              + dependsOn.getTitle()
              + "\", which was done later: it cannot have been done first");
    }
    this.completedOn = on;
  }

  public void reopen() {
    this.completedOn = null;
  }

  public boolean isComplete() {
    return completedOn != null;
  }

  public boolean isOverdue(LocalDate asOf) {
    return completedOn == null && dueDate.isBefore(asOf);
  }

  Schedule.MilestoneDates dates() {
    return new Schedule.MilestoneDates(dueDate, completedOn);
  }

  @Override
  public String label() {
    return title;
  }

  public Action getAction() {
    return action;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Milestone getDependsOn() {
    return dependsOn;
  }
}
