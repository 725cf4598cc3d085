package org.goldenthread.intervention.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.organisation.Person;

/** A clinic over JSON: what the notes hold, with ids. */
record ClinicView(
    long id,
    String title,
    LocalDate heldOn,
    ClinicState state,
    Named body,
    Named covers,
    List<Named> attendees,
    List<ItemView> items,
    List<RecognitionView> recognitions,
    long version) {

  /** A record by id with its name as shown now. */
  record Named(long id, String name) {}

  /** An indicator, an action or a risk: INDICATOR, ACTION or RISK, its id, code and title. */
  record SubjectView(String kind, long id, String code, String title) {}

  record ItemView(
      long id,
      int position,
      SubjectView subject,
      Long interventionId,
      Integer interventionLevel,
      String challenge,
      List<ClinicOutcome> outcomes,
      String note,
      FrequencyChangeView frequencyChange) {}

  record FrequencyChangeView(String from, String to, String fromPeriod) {}

  record RecognitionView(long id, SubjectView subject, String reason, String note) {}

  static ClinicView of(
      Clinic clinic, Function<Long, Person> people, List<FrequencyChange> changes) {
    List<ItemView> items = new java.util.ArrayList<>();
    int position = 0;
    for (ClinicItem i : clinic.getItems()) {
      position++;
      FrequencyChangeView change =
          changes.stream()
              .filter(c -> c.getClinicItem() != null && c.getClinicItem().equals(i))
              .findFirst()
              .map(
                  c ->
                      new FrequencyChangeView(
                          c.getFromFrequency().name(),
                          c.getToFrequency().name(),
                          c.getFromPeriod().label()))
              .orElse(null);
      items.add(
          new ItemView(
              i.getId(),
              position,
              subject(i),
              i.getIntervention() == null ? null : i.getIntervention().getId(),
              i.getInterventionLevel(),
              i.getChallenge(),
              i.getOutcomes(),
              i.getNote(),
              change));
    }
    return new ClinicView(
        clinic.getId(),
        clinic.getTitle(),
        clinic.getHeldOn(),
        clinic.getState(),
        new Named(clinic.getBody().getId(), clinic.getBody().getName()),
        clinic.getOrgUnit() == null
            ? null
            : new Named(clinic.getOrgUnit().getId(), clinic.getOrgUnit().getName()),
        clinic.getAttendeeIds().stream()
            .map(people)
            .map(p -> new Named(p.getId(), p.getFullName()))
            .sorted(java.util.Comparator.comparing(Named::name))
            .toList(),
        items,
        clinic.getRecognitions().stream()
            .map(
                r ->
                    new RecognitionView(
                        r.getId(),
                        r.getIndicator() != null
                            ? new SubjectView(
                                "INDICATOR",
                                r.getIndicator().getId(),
                                r.getIndicator().getCode(),
                                r.getIndicator().getTitle())
                            : new SubjectView(
                                "ACTION",
                                r.getAction().getId(),
                                r.getAction().getCode(),
                                r.getAction().getTitle()),
                        r.getReason(),
                        r.getNote()))
            .toList(),
        clinic.getVersion());
  }

  private static SubjectView subject(ClinicItem i) {
    if (i.getIndicator() != null) {
      return new SubjectView(
          "INDICATOR",
          i.getIndicator().getId(),
          i.getIndicator().getCode(),
          i.getIndicator().getTitle());
    }
    if (i.getAction() != null) {
      return new SubjectView(
          "ACTION", i.getAction().getId(), i.getAction().getCode(), i.getAction().getTitle());
    }
    return new SubjectView(
        "RISK", i.getRisk().getId(), i.getRisk().getCode(), i.getRisk().getTitle());
  }
}
