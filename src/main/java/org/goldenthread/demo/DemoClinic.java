package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.intervention.clinic.Clinic;
import org.goldenthread.intervention.clinic.ClinicForm;
import org.goldenthread.intervention.clinic.ClinicItem;
import org.goldenthread.intervention.clinic.ClinicOutcome;
import org.goldenthread.intervention.clinic.ClinicRecords;
import org.goldenthread.intervention.clinic.Clinics;
import org.goldenthread.intervention.clinic.ItemForm;
import org.goldenthread.intervention.clinic.RecognitionForm;
import org.goldenthread.intervention.clinic.Recognitions;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The demo council's performance clinic held last quarter by the Corporate Management Team: its
 * agenda drawn from the interventions due at a clinic, each challenged with its outcomes, and the
 * good performance the clinic recognised. Invented words.
 */
@Component
class DemoClinic {

  private final Clinics clinics;
  private final ClinicRecords records;
  private final Recognitions recognitions;
  private final Clock clock;

  DemoClinic(Clinics clinics, ClinicRecords records, Recognitions recognitions, Clock clock) {
    this.clock = clock;
    this.clinics = clinics;
    this.records = records;
    this.recognitions = recognitions;
  }

  void load(Map<String, Body> bodies, PersonRef chair) {
    Body board = bodies.get("Corporate Management Team");
    if (board == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Clinic clinic =
        clinics.plan(
            new ClinicForm(
                "Performance clinic", heldOn(today), board.getId(), null, List.of(), null));
    for (ClinicItem item : clinics.get(clinic.getId()).getItems()) {
      records.record(
          clinic.getId(),
          item.getId(),
          new ItemForm(
              "Three periods off target: what has changed since the remedial plan, and is it"
                  + " enough to recover by the year end?",
              List.of(ClinicOutcome.ACTION_PLAN_CHANGED, ClinicOutcome.RESOURCES_MOVED),
              "The service brings a revised plan to the next clinic; two officers move across"
                  + " for the quarter.",
              null,
              item.getVersion()),
          chair);
    }
    recognitions.proposals(clinics.get(clinic.getId())).stream()
        .limit(2)
        .forEach(
            p ->
                recognitions.recognise(
                    clinic.getId(),
                    new RecognitionForm(
                        p.subject(),
                        null,
                        "The board thanked the team.",
                        clinics.get(clinic.getId()).getVersion())));
    clinics.hold(clinic.getId(), clinics.get(clinic.getId()).getVersion());
  }

  /** Two weeks before the end of the last quarter. */
  private static LocalDate heldOn(LocalDate today) {
    return Period.containing(today, PeriodType.QUARTER).previous().end().minusDays(14);
  }
}
