package org.goldenthread.intervention.clinic;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good performance clinics recognised, for the reports' "good news" section: what clinics held
 * between two dates recognised for the indicators and actions a report covers.
 */
@Service
@Transactional(readOnly = true)
public class GoodNews {

  /** A recognition in plain values: the clinic, its body and date, the subject, why, the note. */
  public record Recognised(
      String clinic,
      LocalDate heldOn,
      String body,
      boolean indicator,
      long subjectId,
      String code,
      String title,
      String reason,
      String note) {}

  private final ClinicRecognitionRepository recognitions;

  GoodNews(ClinicRecognitionRepository recognitions) {
    this.recognitions = recognitions;
  }

  /**
   * What clinics held from {@code from} to {@code to} (both included) recognised for these
   * indicators and actions (by id), the earliest clinic first.
   */
  public List<Recognised> recognised(
      LocalDate from, LocalDate to, Collection<Long> indicatorIds, Collection<Long> actionIds) {
    if (to.isBefore(from)) {
      return List.of();
    }
    Set<Long> indicators = Set.copyOf(indicatorIds);
    Set<Long> actions = Set.copyOf(actionIds);
    return recognitions.findHeldBetween(from, to).stream()
        .filter(
            r ->
                r.getIndicator() != null
                    ? indicators.contains(r.getIndicator().getId())
                    : actions.contains(r.getAction().getId()))
        .map(GoodNews::of)
        .toList();
  }

  private static Recognised of(ClinicRecognition r) {
    Clinic c = r.getClinic();
    boolean indicator = r.getIndicator() != null;
    return new Recognised(
        c.getTitle(),
        c.getHeldOn(),
        c.getBody().getName(),
        indicator,
        indicator ? r.getIndicator().getId() : r.getAction().getId(),
        indicator ? r.getIndicator().getCode() : r.getAction().getCode(),
        indicator ? r.getIndicator().getTitle() : r.getAction().getTitle(),
        r.getReason(),
        r.getNote());
  }
}
