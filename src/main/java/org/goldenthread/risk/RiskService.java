package org.goldenthread.risk;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risks (SPEC §6): opening and changing them, reviews, escalation, closing, controls. Every change
 * raises the risk's version, so two people working on the same risk at once are told.
 */
@Service
@Transactional
public class RiskService {

  private final RiskRepository risks;
  private final RiskRegisters registers;
  private final PersonService people;
  private final GovernanceService governance;
  private final FrameworkService framework;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final EntityManager entityManager;
  private final Clock clock;

  RiskService(
      RiskRepository risks,
      RiskRegisters registers,
      PersonService people,
      GovernanceService governance,
      FrameworkService framework,
      IndicatorService indicators,
      ActionService actions,
      EntityManager entityManager,
      Clock clock) {
    this.risks = risks;
    this.registers = registers;
    this.people = people;
    this.governance = governance;
    this.framework = framework;
    this.indicators = indicators;
    this.actions = actions;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Risk get(long id) {
    return risks.findById(id).orElseThrow(() -> new RecordNotFoundException("Risk", id));
  }

  @Transactional(readOnly = true)
  public Risk byCode(String code) {
    return risks
        .findByCodeIgnoreCase(code)
        .orElseThrow(() -> new RecordNotFoundException("Risk", code));
  }

  /** Every risk, open and closed, by register then code. */
  @Transactional(readOnly = true)
  public List<Risk> all() {
    return risks.findAllInOrder();
  }

  @Transactional(readOnly = true)
  public List<Risk> onRegister(long registerId) {
    return risks.findByRegister(registerId);
  }

  /** The risks that were ever escalated or de-escalated to or from a register. */
  @Transactional(readOnly = true)
  public List<Risk> movedThrough(long registerId) {
    return risks.findMovedThrough(registerId);
  }

  /** The risks a person owns or is accountable for, the next review first. */
  @Transactional(readOnly = true)
  public List<Risk> ofPerson(long personId) {
    return risks.findByPerson(personId);
  }

  @Transactional(readOnly = true)
  public List<Risk> linkedToIndicators(Set<Long> indicatorIds) {
    return indicatorIds.isEmpty() ? List.of() : risks.findLinkedToIndicators(indicatorIds);
  }

  @Transactional(readOnly = true)
  public List<Risk> linkedToActions(Set<Long> actionIds) {
    return actionIds.isEmpty() ? List.of() : risks.findLinkedToActions(actionIds);
  }

  @Transactional(readOnly = true)
  public List<Risk> linkedToItems(Set<Long> itemIds) {
    return itemIds.isEmpty() ? List.of() : risks.findLinkedToItems(itemIds);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Opens a risk from the form. It opens on its last review date if that is earlier than today (a
   * risk brought over from an older register), and its score history starts then.
   */
  public Risk open(RiskForm form, PersonRef by) {
    LocalDate last = form.lastReviewed();
    LocalDate openedOn = last != null && last.isBefore(today()) ? last : today();
    return open(form, openedOn, ReviewKind.OPENED, by);
  }

  /**
   * Opens a risk on a given day, its score history starting with the current score of the form
   * dated {@code openedOn}, or its last review date if later.
   */
  public Risk open(RiskForm form, LocalDate openedOn, ReviewKind kind, PersonRef by) {
    refuseTakenCode(form.code(), null);
    refuseFuture(form.lastReviewed(), "lastReviewed");
    Risk risk =
        new Risk(
            form.code(),
            registers.get(form.registerId()),
            form.title(),
            registers.category(form.categoryId()),
            person(form.ownerId(), "ownerId"),
            openedOn);
    apply(risk, form);
    risks.save(risk);
    LocalDate on = form.lastReviewed() == null ? openedOn : max(openedOn, form.lastReviewed());
    risk.addToHistory(
        new RiskReview(risk, kind, on, risk.current(), null, null, by, Instant.now(clock)));
    return risk;
  }

  /** Changes a risk; a new current score enters its history as an edit, dated today. */
  public Risk update(long id, RiskForm form, PersonRef by) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), form.version());
    refuseTakenCode(form.code(), risk);
    refuseFuture(form.lastReviewed(), "lastReviewed");
    if (!risk.getRegister().getId().equals(form.registerId())) {
      throw new RuleViolationException(
          "registerId", "Escalate or de-escalate the risk to move it to another register");
    }
    Score before = risk.current();
    apply(risk, form);
    if (!before.equals(risk.current())) {
      LocalDate on = form.lastReviewed() == null ? today() : form.lastReviewed();
      risk.addToHistory(
          new RiskReview(
              risk, ReviewKind.EDIT, on, risk.current(), null, null, by, Instant.now(clock)));
    }
    return touched(risk);
  }

  /**
   * Changes a risk as a register import says. A move to another register is recorded as an
   * escalation or de-escalation; a new current score or review date enters the score history as an
   * import, dated the new review date, or today if the review date is as it was.
   */
  public Risk imported(long id, RiskForm form, PersonRef by) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), form.version());
    refuseTakenCode(form.code(), risk);
    refuseFuture(form.lastReviewed(), "lastReviewed");
    RiskRegister from = risk.getRegister();
    if (!from.getId().equals(form.registerId())) {
      RiskRegister to = registers.get(form.registerId());
      risk.moveTo(to);
      risk.addEscalation(
          new RiskEscalation(risk, from, to, "Moved by register import", today(), by));
    }
    Score before = risk.current();
    LocalDate reviewedBefore = risk.getLastReviewed();
    apply(risk, form);
    boolean newDate = !Objects.equals(reviewedBefore, form.lastReviewed());
    if (!before.equals(risk.current()) || newDate) {
      LocalDate on = newDate && form.lastReviewed() != null ? form.lastReviewed() : today();
      risk.addToHistory(
          new RiskReview(
              risk, ReviewKind.IMPORT, on, risk.current(), null, null, by, Instant.now(clock)));
    }
    return touched(risk);
  }

  private void apply(Risk risk, RiskForm form) {
    risk.describe(
        form.code(),
        form.title(),
        blankToNull(form.cause()),
        blankToNull(form.event()),
        blankToNull(form.consequence()),
        registers.category(form.categoryId()));
    Person accountable =
        form.accountableId() == null ? null : person(form.accountableId(), "accountableId");
    Body body =
        form.accountableBodyId() == null
            ? null
            : find(form.accountableBodyId(), governance::body, "accountableBodyId", "a body");
    risk.assign(person(form.ownerId(), "ownerId"), accountable, body);
    risk.score(
        Score.of(form.inherentLikelihood(), form.inherentImpact(), "inherent"),
        Score.of(form.currentLikelihood(), form.currentImpact(), "current"),
        Score.of(form.targetLikelihood(), form.targetImpact(), "target"));
    risk.reviewEvery(form.reviewFrequency(), form.lastReviewed());
    risk.keepConfidential(
        form.confidential(), records(form.readerIds(), this::person, "readerIds"));
    risk.link(
        records(form.itemIds(), framework::get, "itemIds"),
        records(form.indicatorIds(), indicators::get, "indicatorIds"),
        records(form.actionIds(), actions::get, "actionIds"));
  }

  /**
   * Records a review: the new current score, dated (today if no date is given), with what changed
   * and why. The next review falls one review period later.
   */
  public RiskReview review(long id, ReviewForm form, PersonRef by) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), form.version());
    if (!risk.isOpen()) {
      throw new RuleViolationException(null, "A closed risk is not reviewed: reopen it first");
    }
    LocalDate on = form.reviewedOn() == null ? today() : form.reviewedOn();
    refuseFuture(on, "reviewedOn");
    if (on.isBefore(risk.getOpenedOn())) {
      throw new RuleViolationException(
          "reviewedOn", "The review date cannot be before the risk was opened");
    }
    Score current = Score.of(form.currentLikelihood(), form.currentImpact(), "current");
    risk.reviewed(current, on);
    RiskReview review =
        risk.addToHistory(
            new RiskReview(
                risk,
                ReviewKind.REVIEW,
                on,
                current,
                form.whatChanged().strip(),
                blankToNull(form.why()),
                by,
                Instant.now(clock)));
    touched(risk);
    return review;
  }

  /** Moves a risk to a register above (escalation) or below (de-escalation) its own. */
  public RiskEscalation escalate(long id, EscalationForm form, PersonRef by) {
    return escalate(id, form, today(), by);
  }

  /**
   * The same, dated {@code on}: for a register brought over with its history (the demo's). The date
   * cannot be in the future nor before the risk opened.
   */
  public RiskEscalation escalate(long id, EscalationForm form, LocalDate on, PersonRef by) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), form.version());
    refuseFuture(on, "movedOn");
    if (on.isBefore(risk.getOpenedOn())) {
      throw new RuleViolationException(
          "movedOn", "A risk cannot move register before it was opened");
    }
    RiskRegister from = risk.getRegister();
    RiskRegister to = registers.get(form.registerId());
    risk.moveTo(to);
    RiskEscalation escalation = new RiskEscalation(risk, from, to, form.reason().strip(), on, by);
    risk.addEscalation(escalation);
    touched(risk);
    return escalation;
  }

  public Risk close(long id, CloseForm form) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), form.version());
    LocalDate on = form.closedOn() == null ? today() : form.closedOn();
    refuseFuture(on, "closedOn");
    risk.close(on, form.reason().strip());
    return risk;
  }

  public Risk reopen(long id, Long version) {
    Risk risk = get(id);
    Versioned.check("risk", risk.getVersion(), version);
    risk.reopen();
    return risk;
  }

  /**
   * Raises the risk's version even when only its history, controls or escalations changed, so the
   * next person to submit a form opened before this change is told.
   */
  Risk touched(Risk risk) {
    entityManager.lock(risk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    entityManager.flush();
    return risk;
  }

  private Person person(long id) {
    return people.get(id);
  }

  Person person(Long id, String field) {
    return find(Objects.requireNonNull(id), people::get, field, "a person");
  }

  private static <T> Set<T> records(List<Long> ids, LongFunction<T> lookUp, String field) {
    Set<T> found = new LinkedHashSet<>();
    for (Long id : ids) {
      found.add(find(id, lookUp, field, "each one"));
    }
    return found;
  }

  private static <T> T find(long id, LongFunction<T> lookUp, String field, String what) {
    try {
      return lookUp.apply(id);
    } catch (RecordNotFoundException | NoSuchElementException e) {
      throw new RuleViolationException(field, "Choose " + what + " from the list");
    }
  }

  private void refuseTakenCode(String code, Risk self) {
    risks
        .findByCodeIgnoreCase(code)
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code", "The code " + code + " is already used by " + other.label());
            });
  }

  private void refuseFuture(LocalDate day, String field) {
    if (day != null && day.isAfter(today())) {
      throw new RuleViolationException(field, "The date cannot be in the future");
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
