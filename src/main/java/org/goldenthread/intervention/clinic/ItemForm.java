package org.goldenthread.intervention.clinic;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.goldenthread.period.PeriodType;

/**
 * What a clinic said and decided about an item: the challenge raised, the outcomes, a note and, for
 * more frequent monitoring, how often the indicator is collected from then on. The version is the
 * item's as read.
 */
public record ItemForm(
    @Size(max = 4000, message = "The challenge must be 4,000 characters or fewer") String challenge,
    List<ClinicOutcome> outcomes,
    @Size(max = 4000, message = "The note must be 4,000 characters or fewer") String note,
    PeriodType frequency,
    Long version) {

  public static ItemForm of(ClinicItem item) {
    return new ItemForm(
        item.getChallenge(), item.getOutcomes(), item.getNote(), null, item.getVersion());
  }

  public ItemForm withVersion(Long version) {
    return new ItemForm(challenge, outcomes, note, frequency, version);
  }

  public List<ClinicOutcome> chosen() {
    return outcomes == null ? List.of() : outcomes;
  }
}
