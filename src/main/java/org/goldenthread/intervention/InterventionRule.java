package org.goldenthread.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A rung of the ladder as the performance team keeps it (V034 seeds SPEC §8's default): its level,
 * name, trigger, who must act and by when. {@link #toRule()} gives the rule the evaluation uses.
 */
@Entity
@Audited
public class InterventionRule extends BaseEntity {

  @Column(nullable = false, unique = true)
  private int level;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private int redPeriods;

  @Column(nullable = false)
  private int amberPeriods;

  /** Fires too when the period's point of the XmR chart is a concerning special cause. */
  @Column(nullable = false)
  private boolean onSignal;

  /** The roles who must act, by name, separated by commas. */
  @Column(nullable = false, length = 200)
  private String actors;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Due.Kind dueKind;

  @Column(nullable = false)
  private int dueWorkingDays;

  protected InterventionRule() {}

  public InterventionRule(Rule rule) {
    set(rule, rule.trigger().onSignal());
  }

  /** Sets every field from a rule (checked by its own constructor) and the signal flag. */
  public void set(Rule rule, boolean onSignal) {
    this.level = rule.level();
    this.name = rule.name();
    this.redPeriods = rule.trigger().redPeriods();
    this.amberPeriods = rule.trigger().amberOrWorsePeriods();
    this.onSignal = onSignal;
    this.actors = rule.actors().stream().map(Role::name).collect(Collectors.joining(","));
    this.dueKind = rule.due().kind();
    this.dueWorkingDays = rule.due().workingDays();
  }

  public Rule toRule() {
    return new Rule(
        level,
        name,
        new Trigger(redPeriods, amberPeriods, onSignal),
        getActors(),
        new Due(dueKind, dueWorkingDays));
  }

  @Override
  public String label() {
    return name + " (level " + level + ")";
  }

  public int getLevel() {
    return level;
  }

  public String getName() {
    return name;
  }

  public int getRedPeriods() {
    return redPeriods;
  }

  public int getAmberPeriods() {
    return amberPeriods;
  }

  public boolean isOnSignal() {
    return onSignal;
  }

  public List<Role> getActors() {
    return Arrays.stream(actors.split(",")).map(String::strip).map(Role::valueOf).toList();
  }

  public Due.Kind getDueKind() {
    return dueKind;
  }

  public int getDueWorkingDays() {
    return dueWorkingDays;
  }
}
