package org.goldenthread.intervention.clinic;

import java.util.Comparator;
import java.util.List;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's notes for the minutes, in words: what the Word and PDF papers are made of. */
@Component
@Transactional(readOnly = true)
class ClinicNotes {

  record Notes(
      String title,
      String date,
      String body,
      String covers,
      String state,
      List<String> attendees,
      List<Item> items,
      List<Recognised> recognitions) {}

  record Item(
      int number, String subject, String why, String challenge, String outcomes, String note) {}

  record Recognised(String subject, String reason, String note) {}

  private final Clinics clinics;
  private final ClinicRecords records;
  private final PersonService people;
  private final DisplayFormats formats;

  ClinicNotes(
      Clinics clinics, ClinicRecords records, PersonService people, DisplayFormats formats) {
    this.clinics = clinics;
    this.records = records;
    this.people = people;
    this.formats = formats;
  }

  Notes of(long id) {
    Clinic clinic = clinics.get(id);
    List<FrequencyChange> changes = records.frequencyChanges(clinic);
    List<Item> items = new java.util.ArrayList<>();
    int n = 0;
    for (ClinicItem i : clinic.getItems()) {
      n++;
      String outcomes =
          i.getOutcomes().isEmpty()
              ? "Not recorded"
              : String.join(", ", i.getOutcomes().stream().map(ClinicOutcome::label).toList());
      for (FrequencyChange c : changes) {
        if (c.getClinicItem() != null && c.getClinicItem().equals(i)) {
          outcomes += ". " + c.label();
        }
      }
      items.add(
          new Item(
              n,
              i.subjectKind() + ": " + i.subjectLabel(),
              i.isFromLadder()
                  ? "Intervention at level "
                      + i.getInterventionLevel()
                      + " since "
                      + i.getIntervention().getOpenedPeriod().label()
                  : "Added by hand",
              i.getChallenge() == null ? "Not recorded" : i.getChallenge(),
              outcomes,
              i.getNote()));
    }
    return new Notes(
        clinic.getTitle(),
        formats.date(clinic.getHeldOn()),
        clinic.getBody().getName(),
        clinic.getOrgUnit() == null ? "The whole council" : clinic.getOrgUnit().getName(),
        clinic.getState().label(),
        clinic.getAttendeeIds().stream()
            .map(people::get)
            .map(Person::getFullName)
            .sorted(Comparator.naturalOrder())
            .toList(),
        items,
        clinic.getRecognitions().stream()
            .map(
                r ->
                    new Recognised(
                        r.subjectKind() + ": " + r.subjectLabel(), r.getReason(), r.getNote()))
            .toList());
  }
}
