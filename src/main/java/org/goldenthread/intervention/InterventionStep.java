package org.goldenthread.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A step of an intervention as recorded: the ladder's {@link Step} (period, change, level, reason),
 * when the product recorded it, who must act at its level and by when.
 */
@Entity
@Audited
public class InterventionStep extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Intervention intervention;

  @Column(nullable = false, length = 20)
  private Period period;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Change change;

  @Column(nullable = false)
  private int level;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(nullable = false)
  private Instant recordedAt;

  /** The roles who must act at the step's level, by name, separated by commas (none: null). */
  @Column(length = 200)
  private String actors;

  private LocalDate dueOn;

  protected InterventionStep() {}

  InterventionStep(
      Intervention intervention, Step step, Instant at, List<Role> actors, LocalDate dueOn) {
    this.intervention = intervention;
    this.recordedAt = at;
    take(step, actors, dueOn);
  }

  /** Takes what a re-evaluation now says for the step's period. */
  void take(Step step, List<Role> actors, LocalDate dueOn) {
    this.period = step.period();
    this.change = step.change();
    this.level = step.level();
    this.reason = step.reason().length() > 2000 ? step.reason().substring(0, 2000) : step.reason();
    this.actors =
        actors == null || actors.isEmpty()
            ? null
            : actors.stream().map(Role::name).collect(Collectors.joining(","));
    this.dueOn = dueOn;
  }

  Step toStep() {
    return new Step(period, change, level, reason);
  }

  @Override
  public String label() {
    return period.label() + ": " + change.label();
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public Period getPeriod() {
    return period;
  }

  public Change getChange() {
    return change;
  }

  public int getLevel() {
    return level;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<Role> getActors() {
    return actors == null
        ? List.of()
        : Arrays.stream(actors.split(",")).map(String::strip).map(Role::valueOf).toList();
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
