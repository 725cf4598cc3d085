package org.goldenthread.intervention.clinic;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinic records for an item: the challenge, the outcomes and a note. More frequent
 * monitoring changes the indicator's collection frequency from the period after the latest one
 * recorded, so the figures already recorded at the old frequency keep their periods and still
 * count; the change is recorded once, with the clinic's item, who decided and when.
 */
@Service
@Transactional
public class ClinicRecords {

  private final Clinics clinics;
  private final FrequencyChangeRepository changes;
  private final IndicatorValueRepository values;
  private final EntityManager entityManager;
  private final Clock clock;

  ClinicRecords(
      Clinics clinics,
      FrequencyChangeRepository changes,
      IndicatorValueRepository values,
      EntityManager entityManager,
      Clock clock) {
    this.clinics = clinics;
    this.changes = changes;
    this.values = values;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Every problem with the form, field by field (none: it can be recorded). */
  @Transactional(readOnly = true)
  public Map<String, String> problems(long id, long itemId, ItemForm form) {
    ClinicItem item = Clinics.item(clinics.get(id), itemId);
    return ItemChecks.problems(form, item, frequencyChange(item).isPresent());
  }

  public ClinicItem record(long id, long itemId, ItemForm form, PersonRef by) {
    Clinic clinic = clinics.get(id);
    ClinicItem item = Clinics.item(clinic, itemId);
    Versioned.check("clinic item", item.getVersion(), form.version());
    boolean changedBefore = frequencyChange(item).isPresent();
    Map<String, String> problems = ItemChecks.problems(form, item, changedBefore);
    if (!problems.isEmpty()) {
      Map.Entry<String, String> first = problems.entrySet().iterator().next();
      throw new RuleViolationException(first.getKey(), first.getValue());
    }
    item.record(form.challenge().strip(), form.chosen(), blankToNull(form.note()));
    if (form.chosen().contains(ClinicOutcome.MORE_FREQUENT_MONITORING) && !changedBefore) {
      collectMoreOften(item, form.frequency(), by);
    }
    entityManager.lock(clinic, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return item;
  }

  /** The frequency change this item made, if any. */
  @Transactional(readOnly = true)
  public Optional<FrequencyChange> frequencyChange(ClinicItem item) {
    if (item.getIndicator() == null || item.getId() == null) {
      return Optional.empty();
    }
    return changes.findByIndicatorOrderByChangedAt(item.getIndicator()).stream()
        .filter(c -> c.getClinicItem() != null && c.getClinicItem().equals(item))
        .findFirst();
  }

  /** The frequency changes a clinic's items made. */
  @Transactional(readOnly = true)
  public List<FrequencyChange> frequencyChanges(Clinic clinic) {
    return changes.findByClinicItemClinicOrderByChangedAt(clinic);
  }

  /** Every change of an indicator's frequency, the earliest first. */
  @Transactional(readOnly = true)
  public List<FrequencyChange> frequencyChanges(Indicator indicator) {
    return changes.findByIndicatorOrderByChangedAt(indicator);
  }

  private void collectMoreOften(ClinicItem item, PeriodType to, PersonRef by) {
    Indicator indicator = item.getIndicator();
    PeriodType before = indicator.getFrequency();
    Period from = firstPeriodAt(indicator, to);
    indicator.collectEvery(to);
    changes.save(new FrequencyChange(indicator, item, before, from, by, Instant.now(clock)));
  }

  /**
   * The first period at the new frequency: the one starting the day after the latest period with a
   * figure recorded, so that no period is left out or counted twice; with nothing recorded yet, the
   * one holding today.
   */
  private Period firstPeriodAt(Indicator indicator, PeriodType to) {
    return values.findByIndicator(indicator).stream()
        .map(IndicatorValue::getPeriod)
        .max(java.util.Comparator.comparing(Period::end))
        .map(p -> Period.containing(p.end().plusDays(1), to))
        .orElseGet(() -> Period.containing(LocalDate.now(clock), to));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
