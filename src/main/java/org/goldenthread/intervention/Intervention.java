package org.goldenthread.intervention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The record of one intervention on an indicator (or an action): its level, whether it is open, the
 * periods that opened and closed it and every step, as the ladder made them from the periods
 * ({@link Episode}). It is kept in step with the evaluation by {@link InterventionEvaluation}; one
 * a correction undid is withdrawn, not deleted, so its remedial plans and notes stay readable.
 */
@Entity
@Audited
public class Intervention extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  private Action action;

  @Column(nullable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private InterventionState state;

  @Column(nullable = false, length = 20)
  private Period openedPeriod;

  @Column(length = 20)
  private Period closedPeriod;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant closedAt;

  private Instant withdrawnAt;

  @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("period")
  private List<InterventionStep> steps = new ArrayList<>();

  protected Intervention() {}

  /** A new intervention on an indicator, as the evaluation found it. */
  public static Intervention on(Indicator indicator, Episode episode, Instant at) {
    Intervention intervention = new Intervention();
    intervention.indicator = indicator;
    intervention.openedAt = at;
    intervention.follow(episode, at);
    return intervention;
  }

  /** A new intervention on an action, from its progress updates. */
  public static Intervention on(Action action, Episode episode, Instant at) {
    Intervention intervention = new Intervention();
    intervention.action = action;
    intervention.openedAt = at;
    intervention.follow(episode, at);
    return intervention;
  }

  /** Takes the level, state and periods of the episode (its steps are kept by the caller). */
  void follow(Episode episode, Instant at) {
    level = episode.level();
    openedPeriod = episode.openedPeriod();
    if (episode.isOpen()) {
      state = InterventionState.OPEN;
      closedPeriod = null;
      closedAt = null;
    } else {
      if (state != InterventionState.CLOSED || closedAt == null) {
        closedAt = at;
      }
      state = InterventionState.CLOSED;
      closedPeriod = episode.closedPeriod();
    }
    withdrawnAt = null;
  }

  /** A correction means the periods no longer give this intervention. */
  void withdraw(Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = at;
    }
  }

  void add(InterventionStep step) {
    steps.add(step);
  }

  void remove(InterventionStep step) {
    steps.remove(step);
  }

  /** The steps as the ladder's {@link Step}s, in period order, to compare with a new evaluation. */
  List<Step> ladderSteps() {
    return steps.stream()
        .map(InterventionStep::toStep)
        .sorted(Comparator.comparing(Step::period))
        .toList();
  }

  @Override
  public String label() {
    return "Intervention at level " + level + " from " + openedPeriod.label();
  }

  /** The subject's code and title: the indicator's or the action's. */
  public String subjectLabel() {
    return indicator != null ? indicator.label() : action.label();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Action getAction() {
    return action;
  }

  public int getLevel() {
    return level;
  }

  public InterventionState getState() {
    return state;
  }

  public boolean isOpen() {
    return state == InterventionState.OPEN && withdrawnAt == null;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public Period getOpenedPeriod() {
    return openedPeriod;
  }

  public Period getClosedPeriod() {
    return closedPeriod;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  /** Every step in period order. */
  public List<InterventionStep> getSteps() {
    return steps.stream().sorted(Comparator.comparing(InterventionStep::getPeriod)).toList();
  }

  /** The latest step: what the intervention stands at now. */
  public Optional<InterventionStep> latestStep() {
    List<InterventionStep> inOrder = getSteps();
    return inOrder.isEmpty() ? Optional.empty() : Optional.of(inOrder.get(inOrder.size() - 1));
  }
}
