package org.goldenthread.intervention.clinic;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskRepository;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and holding clinics: the clinic itself, its agenda (drawn up from the ladder, and items
 * added by hand) and the meeting being held. Every change raises the clinic's version, so two
 * people changing it at once are told.
 */
@Service
@Transactional
public class Clinics {

  private final ClinicRepository clinics;
  private final ClinicAgenda agenda;
  private final GovernanceService governance;
  private final OrgUnitService units;
  private final PersonService people;
  private final IndicatorRepository indicators;
  private final ActionRepository actions;
  private final RiskRepository risks;
  private final EntityManager entityManager;
  private final Clock clock;

  Clinics(
      ClinicRepository clinics,
      ClinicAgenda agenda,
      GovernanceService governance,
      OrgUnitService units,
      PersonService people,
      IndicatorRepository indicators,
      ActionRepository actions,
      RiskRepository risks,
      EntityManager entityManager,
      Clock clock) {
    this.entityManager = entityManager;
    this.clinics = clinics;
    this.agenda = agenda;
    this.governance = governance;
    this.units = units;
    this.people = people;
    this.indicators = indicators;
    this.actions = actions;
    this.risks = risks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Clinic> all() {
    return clinics.findAllLatestFirst();
  }

  @Transactional(readOnly = true)
  public Clinic get(long id) {
    return clinics.findById(id).orElseThrow(() -> new RecordNotFoundException("clinic", id));
  }

  /**
   * Plans a clinic: with no attendees chosen, the body's members attend; its agenda is drawn up
   * from the interventions due at it.
   */
  public Clinic plan(ClinicForm form) {
    Body body = governance.body(form.bodyId());
    Clinic clinic = new Clinic(body, unit(form.orgUnitId()), form.heldOn(), form.title().strip());
    clinic.attend(attendees(form, body));
    clinics.save(clinic);
    drawUp(clinic);
    return clinics.saveAndFlush(clinic);
  }

  public Clinic update(long id, ClinicForm form) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), form.version());
    Body body = governance.body(form.bodyId());
    if (clinic.isHeld() && !body.equals(clinic.getBody())) {
      throw new RuleViolationException("bodyId", "The body of a clinic that has been held stays");
    }
    clinic.plan(body, unit(form.orgUnitId()), form.heldOn(), form.title().strip());
    clinic.attend(attendees(form, body));
    return touch(clinic);
  }

  /** Adds the interventions now due at the clinic that are not on its agenda yet. */
  public int drawUp(long id, Long version) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    int added = drawUp(clinic);
    touch(clinic);
    return added;
  }

  private int drawUp(Clinic clinic) {
    if (clinic.isHeld()) {
      return 0;
    }
    int added = 0;
    for (Intervention due : agenda.due(clinic)) {
      boolean there = clinic.getItems().stream().anyMatch(i -> due.equals(i.getIntervention()));
      if (!there) {
        clinic.add(ClinicItem.of(clinic, due));
        added++;
      }
    }
    return added;
  }

  /** Adds an indicator, an action or a risk chosen by hand ({@code indicator:12}). */
  public ClinicItem addItem(long id, String subject, Long version) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    Subject s = Subject.parse("subject", subject);
    ClinicItem item =
        switch (s.kind()) {
          case INDICATOR -> ClinicItem.of(clinic, indicator(s.id()));
          case ACTION -> ClinicItem.of(clinic, action(s.id()));
          case RISK -> ClinicItem.of(clinic, risk(s.id()));
        };
    clinic.add(item);
    touch(clinic);
    return item;
  }

  public Clinic removeItem(long id, long itemId, Long version) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    clinic.remove(item(clinic, itemId));
    return touch(clinic);
  }

  public Clinic moveItem(long id, long itemId, boolean up, Long version) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    if (clinic.isHeld()) {
      throw new RuleViolationException(null, "The agenda of a clinic that has been held stays");
    }
    clinic.move(item(clinic, itemId), up);
    return touch(clinic);
  }

  /** The meeting took place: its agenda is fixed, and the interventions on it have been taken. */
  public Clinic hold(long id, Long version) {
    Clinic clinic = get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    clinic.held(Instant.now(clock));
    return touch(clinic);
  }

  @Transactional(readOnly = true)
  public List<Intervention> due(Clinic clinic) {
    return agenda.due(clinic);
  }

  static ClinicItem item(Clinic clinic, long itemId) {
    return clinic.getItems().stream()
        .filter(i -> i.getId() == itemId)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("clinic item", itemId));
  }

  /** Saves the clinic and raises its version, even when only its items changed. */
  Clinic touch(Clinic clinic) {
    entityManager.lock(clinic, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return clinic;
  }

  private List<Long> attendees(ClinicForm form, Body body) {
    if (form.attendeeIds() == null || form.attendeeIds().isEmpty()) {
      return governance.membersOf(body).stream()
          .map(m -> m.getPerson().getId())
          .distinct()
          .toList();
    }
    form.attendeeIds().forEach(people::get);
    return form.attendeeIds().stream().distinct().toList();
  }

  private OrgUnit unit(Long id) {
    return id == null ? null : units.get(id);
  }

  private Indicator indicator(long id) {
    return indicators.findById(id).orElseThrow(() -> new RecordNotFoundException("indicator", id));
  }

  private Action action(long id) {
    return actions.findById(id).orElseThrow(() -> new RecordNotFoundException("action", id));
  }

  private Risk risk(long id) {
    return risks.findById(id).orElseThrow(() -> new RecordNotFoundException("risk", id));
  }
}
