package org.goldenthread.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.Responsibility;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A risk (SPEC §6): what could happen (cause, event, consequence), who owns it and who answers for
 * it, its three scores, the controls that hold it and the actions that mitigate it, and its score
 * history. Its movement, band and appetite flag are worked out by {@link RiskFacts}.
 */
@Entity
@Audited
public class Risk extends BaseEntity {

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private RiskRegister register;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String cause;

  @Column(length = 4000)
  private String event;

  @Column(length = 4000)
  private String consequence;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private RiskCategory category;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Person owner;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person accountable;

  /** The accountable body, when a committee or board answers for the risk rather than a person. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Body accountableBody;

  private int inherentLikelihood;
  private int inherentImpact;
  private int currentLikelihood;
  private int currentImpact;
  private int targetLikelihood;
  private int targetImpact;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ReviewFrequency reviewFrequency = ReviewFrequency.QUARTERLY;

  private LocalDate lastReviewed;

  @Column(nullable = false)
  private LocalDate nextReview;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private RiskState state = RiskState.OPEN;

  @Column(nullable = false)
  private LocalDate openedOn;

  private LocalDate closedOn;

  @Column(length = 2000)
  private String closedReason;

  @Column(nullable = false)
  private boolean confidential;

  /** The register it was last escalated or de-escalated from; null if it never moved. */
  @ManyToOne(fetch = FetchType.LAZY)
  private RiskRegister escalatedFrom;

  @ManyToMany
  @JoinTable(
      name = "risk_framework_item",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "framework_item_id"))
  private Set<FrameworkItem> items = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "risk_indicator",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "indicator_id"))
  private Set<Indicator> indicators = new LinkedHashSet<>();

  /** The mitigating actions: M4 actions, so their BRAG status and due dates show on the risk. */
  @ManyToMany
  @JoinTable(
      name = "risk_action",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "action_id"))
  private Set<Action> actions = new LinkedHashSet<>();

  /** The people named to read a confidential risk, besides its owner and accountable person. */
  @ManyToMany
  @JoinTable(
      name = "risk_reader",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> readers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<RiskControl> controls = new ArrayList<>();

  @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL)
  @OrderBy("reviewedOn, id")
  private List<RiskReview> history = new ArrayList<>();

  @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL)
  @OrderBy("movedOn, id")
  private List<RiskEscalation> escalations = new ArrayList<>();

  protected Risk() {}

  /**
   * A new open risk with its three scores. Its first entry in the score history, of the current
   * score, is added by {@link #open}.
   */
  public Risk(
      String code,
      RiskRegister register,
      String title,
      RiskCategory category,
      Person owner,
      LocalDate openedOn) {
    this.code = code;
    this.register = register;
    this.title = title;
    this.category = category;
    this.owner = owner;
    this.openedOn = openedOn;
    this.nextReview = reviewFrequency.after(openedOn);
  }

  public void describe(
      String code,
      String title,
      String cause,
      String event,
      String consequence,
      RiskCategory category) {
    this.code = code;
    this.title = title;
    this.cause = cause;
    this.event = event;
    this.consequence = consequence;
    this.category = category;
  }

  public void assign(Person owner, Person accountable, Body accountableBody) {
    this.owner = owner;
    this.accountable = accountable;
    this.accountableBody = accountableBody;
  }

  /**
   * Sets the three scores. Neither the current nor the target score can be above the inherent:
   * controls and actions only bring a risk down. A current score already at or below its target is
   * allowed: the target has been met.
   */
  public void score(Score inherent, Score current, Score target) {
    if (current.value() > inherent.value()) {
      throw new RuleViolationException(
          "currentLikelihood",
          "The current score ("
              + current.value()
              + ") cannot be above the inherent score ("
              + inherent.value()
              + "): controls only bring a risk down");
    }
    if (target.value() > inherent.value()) {
      throw new RuleViolationException(
          "targetLikelihood",
          "The target score ("
              + target.value()
              + ") cannot be above the inherent score ("
              + inherent.value()
              + ")");
    }
    this.inherentLikelihood = inherent.likelihood();
    this.inherentImpact = inherent.impact();
    this.currentLikelihood = current.likelihood();
    this.currentImpact = current.impact();
    this.targetLikelihood = target.likelihood();
    this.targetImpact = target.impact();
  }

  /**
   * How often the risk is reviewed, and when it last was; the next review falls one period after
   * the last (or after its opening, if never reviewed).
   */
  public void reviewEvery(ReviewFrequency frequency, LocalDate lastReviewed) {
    this.reviewFrequency = frequency;
    this.lastReviewed = lastReviewed;
    this.nextReview = frequency.after(lastReviewed == null ? openedOn : lastReviewed);
  }

  /** Adds an entry to the score history and, if it is the latest, takes its score as current. */
  RiskReview addToHistory(RiskReview review) {
    history.add(review);
    history.sort(
        Comparator.comparing(RiskReview::getReviewedOn)
            .thenComparing(r -> r.getId() == null ? Long.MAX_VALUE : r.getId()));
    return review;
  }

  /**
   * A review: the new current score, dated; the next review is due one period later. A review dated
   * before the latest one only joins the history.
   */
  void reviewed(Score current, LocalDate on) {
    if (current.value() > inherent().value()) {
      throw new RuleViolationException(
          "currentLikelihood",
          "The current score ("
              + current.value()
              + ") cannot be above the inherent score ("
              + inherent().value()
              + "): raise the inherent score first by editing the risk");
    }
    if (lastReviewed != null && on.isBefore(lastReviewed)) {
      return; // an older review, recorded late: it joins the history, today's score stands
    }
    this.currentLikelihood = current.likelihood();
    this.currentImpact = current.impact();
    reviewEvery(reviewFrequency, on);
  }

  void moveTo(RiskRegister to) {
    if (to.equals(register)) {
      throw new RuleViolationException("registerId", "The risk is already on the " + to.getName());
    }
    this.escalatedFrom = register;
    this.register = to;
  }

  public void close(LocalDate on, String reason) {
    if (state == RiskState.CLOSED) {
      throw new RuleViolationException(null, "The risk is already closed");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "Say why the risk is closed");
    }
    if (on.isBefore(openedOn)) {
      throw new RuleViolationException("closedOn", "A risk cannot close before it opened");
    }
    this.state = RiskState.CLOSED;
    this.closedOn = on;
    this.closedReason = reason;
  }

  public void reopen() {
    this.state = RiskState.OPEN;
    this.closedOn = null;
    this.closedReason = null;
  }

  /** Confidential: only its owner, accountable person, administrators and named readers see it. */
  public void keepConfidential(boolean confidential, Set<Person> readers) {
    this.confidential = confidential;
    this.readers.clear();
    this.readers.addAll(readers);
  }

  public void link(Set<FrameworkItem> items, Set<Indicator> indicators, Set<Action> actions) {
    this.items.clear();
    this.items.addAll(items);
    this.indicators.clear();
    this.indicators.addAll(indicators);
    this.actions.clear();
    this.actions.addAll(actions);
  }

  public RiskControl addControl(String description, Person owner, Effectiveness effectiveness) {
    RiskControl control = new RiskControl(this);
    control.describe(description, owner, effectiveness);
    controls.add(control);
    return control;
  }

  public void removeControl(RiskControl control) {
    controls.remove(control);
  }

  void addEscalation(RiskEscalation escalation) {
    escalations.add(escalation);
  }

  /** Who answers for it: the owner is responsible, and there is no unit that edits it. */
  public Responsibility responsibility() {
    return new Responsibility(
        owner.getId(), accountable == null ? null : accountable.getId(), null);
  }

  public boolean isOpen() {
    return state == RiskState.OPEN;
  }

  /** Open and past its next review date. */
  public boolean isOverdue(LocalDate today) {
    return isOpen() && nextReview.isBefore(today);
  }

  /**
   * The current score as it stood at the end of {@code day}: the latest history entry on or before
   * it; empty when the history starts later.
   */
  public Optional<Score> scoreOn(LocalDate day) {
    Score found = null;
    for (RiskReview review : history) {
      if (!review.getReviewedOn().isAfter(day)) {
        found = review.getCurrent();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The earliest score in its history, or the current one if it has none. */
  public Score firstScore() {
    return history.isEmpty() ? current() : history.get(0).getCurrent();
  }

  @Override
  public String label() {
    return code + " " + title;
  }

  public Score inherent() {
    return new Score(inherentLikelihood, inherentImpact);
  }

  public Score current() {
    return new Score(currentLikelihood, currentImpact);
  }

  public Score target() {
    return new Score(targetLikelihood, targetImpact);
  }

  public String getCode() {
    return code;
  }

  public RiskRegister getRegister() {
    return register;
  }

  public String getTitle() {
    return title;
  }

  public String getCause() {
    return cause;
  }

  public String getEvent() {
    return event;
  }

  public String getConsequence() {
    return consequence;
  }

  public RiskCategory getCategory() {
    return category;
  }

  public Person getOwner() {
    return owner;
  }

  public Person getAccountable() {
    return accountable;
  }

  public Body getAccountableBody() {
    return accountableBody;
  }

  public ReviewFrequency getReviewFrequency() {
    return reviewFrequency;
  }

  public LocalDate getLastReviewed() {
    return lastReviewed;
  }

  public LocalDate getNextReview() {
    return nextReview;
  }

  public RiskState getState() {
    return state;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getClosedReason() {
    return closedReason;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public RiskRegister getEscalatedFrom() {
    return escalatedFrom;
  }

  public Set<FrameworkItem> getItems() {
    return Collections.unmodifiableSet(items);
  }

  public Set<Indicator> getIndicators() {
    return Collections.unmodifiableSet(indicators);
  }

  public Set<Action> getActions() {
    return Collections.unmodifiableSet(actions);
  }

  public Set<Person> getReaders() {
    return Collections.unmodifiableSet(readers);
  }

  public List<RiskControl> getControls() {
    return Collections.unmodifiableList(controls);
  }

  public List<RiskReview> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public List<RiskEscalation> getEscalations() {
    return Collections.unmodifiableList(escalations);
  }
}
