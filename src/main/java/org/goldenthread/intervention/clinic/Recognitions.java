package org.goldenthread.intervention.clinic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Good performance a clinic recognises. It proposes, in the clinic's scope: indicators that
 * improved into Green (Green in the latest period ended before the clinic, Amber or Red in the one
 * before) or stayed Green for four periods running; and actions completed before their due date in
 * the three months up to the clinic. The clinic records those it chooses, or any other by hand.
 */
@Service
@Transactional
public class Recognitions {

  /** How far back an action completed early is proposed. */
  static final int ACTIONS_COMPLETED_WITHIN_MONTHS = 3;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Clinics clinics;
  private final ClinicAgenda agenda;
  private final IndicatorRepository indicators;
  private final ActionRepository actions;
  private final IndicatorResults results;

  Recognitions(
      Clinics clinics,
      ClinicAgenda agenda,
      IndicatorRepository indicators,
      ActionRepository actions,
      IndicatorResults results) {
    this.clinics = clinics;
    this.agenda = agenda;
    this.indicators = indicators;
    this.actions = actions;
    this.results = results;
  }

  /** A recognition the page proposes: the subject as a form sends it, its name and why. */
  public record Proposal(String subject, String label, String path, String reason) {}

  @Transactional(readOnly = true)
  public List<Proposal> proposals(Clinic clinic) {
    Set<String> already = new HashSet<>();
    for (ClinicRecognition r : clinic.getRecognitions()) {
      already.add(
          r.getIndicator() != null
              ? Subject.of(Subject.Kind.INDICATOR, r.getIndicator().getId())
              : Subject.of(Subject.Kind.ACTION, r.getAction().getId()));
    }
    Set<Long> scope = agenda.scope(clinic.getOrgUnit());
    List<Proposal> proposals = new ArrayList<>();
    proposals.addAll(indicatorProposals(clinic.getHeldOn(), scope));
    proposals.addAll(actionProposals(clinic.getHeldOn(), scope));
    return proposals.stream().filter(p -> !already.contains(p.subject())).toList();
  }

  private List<Proposal> indicatorProposals(LocalDate on, Set<Long> scope) {
    List<Indicator> wanted =
        indicators.findAllInOrder().stream()
            .filter(Indicator::isActive)
            .filter(i -> i.getPolarity() != Polarity.NONE)
            .filter(i -> ClinicAgenda.inScope(scope, i.getOrgUnit()))
            .toList();
    Map<Long, IndicatorCalculator> calculators = results.calculators(wanted);
    List<Proposal> proposals = new ArrayList<>();
    for (Indicator indicator : wanted) {
      String reason = why(calculators.get(indicator.getId()), indicator, on);
      if (reason != null) {
        proposals.add(
            new Proposal(
                Subject.of(Subject.Kind.INDICATOR, indicator.getId()),
                indicator.label(),
                "/indicators/" + indicator.getId(),
                reason));
      }
    }
    return proposals;
  }

  /** Why an indicator is good news at a date, or null when it is not. */
  static String why(IndicatorCalculator calculator, Indicator indicator, LocalDate on) {
    Period latest = Period.containing(on, indicator.getFrequency()).previous();
    if (calculator.result(latest).status() != Status.GREEN) {
      return null;
    }
    Status before = calculator.result(latest.previous()).status();
    if (before == Status.AMBER || before == Status.RED) {
      return "Improved into Green in "
          + latest.label()
          + " ("
          + before.label()
          + " in "
          + latest.previous().label()
          + ")";
    }
    Period first = latest;
    for (int i = 1; i < 4; i++) {
      first = first.previous();
      if (calculator.result(first).status() != Status.GREEN) {
        return null;
      }
    }
    return "Green for four periods running, " + first.label() + " to " + latest.label();
  }

  private List<Proposal> actionProposals(LocalDate on, Set<Long> scope) {
    LocalDate since = on.minusMonths(ACTIONS_COMPLETED_WITHIN_MONTHS);
    List<Proposal> proposals = new ArrayList<>();
    for (Action action : actions.findAllInOrder()) {
      LocalDate done = action.getCompletedOn();
      LocalDate due = action.getDueDate();
      if (done == null
          || due == null
          || !done.isBefore(due)
          || done.isAfter(on)
          || done.isBefore(since)
          || !ClinicAgenda.inScope(scope, action.getOrgUnit())) {
        continue;
      }
      long early = ChronoUnit.DAYS.between(done, due);
      proposals.add(
          new Proposal(
              Subject.of(Subject.Kind.ACTION, action.getId()),
              action.label(),
              "/actions/" + action.getId(),
              "Completed early: on "
                  + DATE.format(done)
                  + ", "
                  + early
                  + (early == 1 ? " day" : " days")
                  + " before its due date ("
                  + DATE.format(due)
                  + ")"));
    }
    return proposals;
  }

  /**
   * Records a recognition: a proposal (its reason kept) or an indicator or action chosen by hand
   * (the reason given, or "Recognised by the clinic").
   */
  public ClinicRecognition recognise(long id, RecognitionForm form) {
    Clinic clinic = clinics.get(id);
    Versioned.check("clinic", clinic.getVersion(), form.version());
    Subject subject = Subject.parse("subject", form.subject());
    if (form.reason() != null && form.reason().strip().length() > 500) {
      throw new RuleViolationException("reason", "What was good must be 500 characters or fewer");
    }
    if (form.note() != null && form.note().strip().length() > 4000) {
      throw new RuleViolationException("note", "The note must be 4,000 characters or fewer");
    }
    String text = Subject.of(subject.kind(), subject.id());
    boolean twice =
        clinic.getRecognitions().stream()
            .anyMatch(
                r ->
                    text.equals(
                        r.getIndicator() != null
                            ? Subject.of(Subject.Kind.INDICATOR, r.getIndicator().getId())
                            : Subject.of(Subject.Kind.ACTION, r.getAction().getId())));
    if (twice) {
      throw new RuleViolationException("subject", "This clinic has already recognised it");
    }
    String reason =
        form.reason() != null && !form.reason().isBlank()
            ? form.reason().strip()
            : proposals(clinic).stream()
                .filter(p -> p.subject().equals(text))
                .map(Proposal::reason)
                .findFirst()
                .orElse("Recognised by the clinic");
    String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
    ClinicRecognition recognition =
        switch (subject.kind()) {
          case INDICATOR ->
              new ClinicRecognition(
                  clinic,
                  indicators
                      .findById(subject.id())
                      .orElseThrow(() -> new RecordNotFoundException("indicator", subject.id())),
                  null,
                  reason,
                  note);
          case ACTION ->
              new ClinicRecognition(
                  clinic,
                  null,
                  actions
                      .findById(subject.id())
                      .orElseThrow(() -> new RecordNotFoundException("action", subject.id())),
                  reason,
                  note);
          case RISK ->
              throw new RuleViolationException(
                  "subject", "Good performance is recognised for an indicator or an action");
        };
    clinic.recognise(recognition);
    clinics.touch(clinic);
    return recognition;
  }

  public Clinic remove(long id, long recognitionId, Long version) {
    Clinic clinic = clinics.get(id);
    Versioned.check("clinic", clinic.getVersion(), version);
    ClinicRecognition recognition =
        clinic.getRecognitions().stream()
            .filter(r -> r.getId() == recognitionId)
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("recognition", recognitionId));
    clinic.forget(recognition);
    return clinics.touch(clinic);
  }
}
