package org.goldenthread.indicator.commentary;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.UniqueKeys;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commentary and remedial action for the periods of calculated indicators, which have no entered
 * value to carry them: written by the responsible officer on the indicator's page, and read by the
 * report's exceptions as an ordinary indicator's value commentary is.
 */
@Service
@Transactional
public class CalculatedCommentaries {

  private final CalculatedCommentaryRepository commentaries;
  private final Clock clock;

  CalculatedCommentaries(CalculatedCommentaryRepository commentaries, Clock clock) {
    this.commentaries = commentaries;
    this.clock = clock;
  }

  /** Writes (or rewrites) what is said about a period of a calculated indicator. */
  public CalculatedCommentary write(
      Indicator indicator, Period period, CommentaryForm form, PersonRef by) {
    if (!indicator.isCalculated()) {
      throw new RuleViolationException(
          null,
          indicator.getCode()
              + " is not calculated: its commentary is entered with its value for the period.");
    }
    if (period.type() != indicator.getFrequency()) {
      throw new RuleViolationException(
          null,
          indicator.getCode()
              + " is reported by "
              + indicator.getFrequency().label().toLowerCase()
              + ": write the commentary for a "
              + indicator.getFrequency().label().toLowerCase()
              + ".");
    }
    if (period.start().isAfter(LocalDate.now(clock))) {
      throw new RuleViolationException(
          null, period.label() + " has not started yet, so there is nothing to comment on.");
    }
    CalculatedCommentary said =
        commentaries
            .findByIndicatorAndPeriod(indicator, period)
            .orElseGet(() -> new CalculatedCommentary(indicator, period));
    if (said.getId() != null) {
      // A form opened before anyone had written for this period carries no version: saving it
      // would silently replace what was written since.
      if (form.version() == null) {
        throw new ConcurrentEditException("commentary", said.getVersion());
      }
      Versioned.check("commentary", said.getVersion(), form.version());
    }
    said.write(
        blankToNull(form.commentary()), blankToNull(form.remedialAction()), by, clock.instant());
    return UniqueKeys.insert(
        () -> commentaries.saveAndFlush(said),
        () ->
            indicator.getCode()
                + " already has commentary for "
                + period.label()
                + ": someone else wrote it a moment ago, so yours has not been saved. Look at"
                + " what was written, then change it if need be.");
  }

  @Transactional(readOnly = true)
  public Optional<CalculatedCommentary> of(Indicator indicator, Period period) {
    return commentaries.findByIndicatorAndPeriod(indicator, period);
  }

  /** Everything said about a calculated indicator, newest period first. */
  @Transactional(readOnly = true)
  public List<CalculatedCommentary> of(Indicator indicator) {
    return commentaries.findByIndicator(indicator).stream()
        .sorted(Comparator.comparing(CalculatedCommentary::getPeriod).reversed())
        .toList();
  }

  /**
   * What was said about each calculated indicator's figure for the period it reports, keyed by
   * indicator id: the commentary of the latest period within it that has one (as for a value, for a
   * quarter made of months, the latest month). Indicators without any are left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, CalculatedCommentary> latestWithin(Map<Indicator, Period> reported) {
    Map<Long, Period> periods = new HashMap<>();
    reported.forEach(
        (indicator, period) -> {
          if (indicator.isCalculated()) {
            periods.put(indicator.getId(), period);
          }
        });
    Map<Long, CalculatedCommentary> latest = new HashMap<>();
    if (periods.isEmpty()) {
      return latest;
    }
    Set<Period> within = new HashSet<>();
    for (Period period : periods.values()) {
      for (PeriodType type : PeriodType.values()) {
        if (type.months() <= period.type().months()) {
          within.addAll(period.within(type));
        }
      }
    }
    for (CalculatedCommentary c :
        commentaries.findByIndicatorIdsAndPeriods(periods.keySet(), within)) {
      Long id = c.getIndicator().getId();
      if (periods.get(id).contains(c.getPeriod())) {
        latest.merge(id, c, (a, b) -> a.getPeriod().compareTo(b.getPeriod()) >= 0 ? a : b);
      }
    }
    return latest;
  }
}
