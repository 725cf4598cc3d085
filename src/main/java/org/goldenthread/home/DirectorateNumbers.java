package org.goldenthread.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.kept.KeptMarks;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A director's summary of each directorate they lead: its indicators by status for the latest
 * quarter that is over, the returns in the open periods, the annual targets at risk, the open
 * interventions by level, and the exceptions (its Red indicators, with their trend).
 */
@Component
@Transactional(readOnly = true)
class DirectorateNumbers {

  /** How many open interventions stand at a level of the ladder, and the level's name. */
  public record Level(int level, String title, long count) {}

  /** One directorate's summary. */
  public record Summary(
      OrgUnit directorate,
      Period quarter,
      Map<Status, Integer> statuses,
      int indicators,
      Tally returns,
      int atRisk,
      List<Level> levels,
      long interventions,
      List<Scorecard.Line> reds) {

    /** The statuses a director reads, in order: Green, Amber, Red, no data, data only. */
    public List<Status> shown() {
      return List.of(Status.values());
    }
  }

  private final Scorecard scorecard;
  private final KeptMarks marks;
  private final InterventionRegister register;
  private final OrgUnitService units;
  private final Clock clock;

  DirectorateNumbers(
      Scorecard scorecard,
      KeptMarks marks,
      InterventionRegister register,
      OrgUnitService units,
      Clock clock) {
    this.scorecard = scorecard;
    this.marks = marks;
    this.register = register;
    this.units = units;
    this.clock = clock;
  }

  /** The quarter a summary is for: the latest quarter that is over, as the scorecard's default. */
  Period quarter() {
    return Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
  }

  List<Summary> of(List<OrgUnit> led, OpenReturns.Open open) {
    List<OrgUnit> directorates =
        led.stream().filter(u -> u.getType() == OrgUnitType.DIRECTORATE).toList();
    if (directorates.isEmpty()) {
      return List.of();
    }
    Period quarter = quarter();
    List<Return> due = open.returns();
    List<Summary> summaries = new ArrayList<>();
    for (OrgUnit directorate : directorates) {
      summaries.add(summary(directorate, quarter, due));
    }
    return summaries;
  }

  private Summary summary(OrgUnit directorate, Period quarter, List<Return> due) {
    long id = directorate.getId();
    Scorecard.Card card =
        scorecard.card(quarter, new Scorecard.Filter(null, null, null, id, null, null));
    Map<OutturnRisk, Integer> risks = ScorecardMarks.counts(marks.of(card).values());
    Set<Long> within = units.unitIdsWithin(List.of(id));
    List<Return> theirs =
        due.stream().filter(r -> r.orgUnitId() != null && within.contains(r.orgUnitId())).toList();
    Map<Integer, Level> levels = new TreeMap<>();
    List<InterventionRegister.Entry> open =
        register.list(new InterventionRegister.Filter(InterventionRegister.Scope.OPEN, null, id));
    for (InterventionRegister.Entry e : open) {
      int level = e.intervention().getLevel();
      Level was = levels.get(level);
      levels.put(level, new Level(level, e.levelTitle(), was == null ? 1 : was.count() + 1));
    }
    return new Summary(
        directorate,
        quarter,
        card.counts(),
        card.total(),
        Tally.of(theirs),
        risks.getOrDefault(OutturnRisk.AT_RISK, 0),
        List.copyOf(levels.values()),
        open.size(),
        card.lines().stream().filter(l -> l.result().status() == Status.RED).toList());
  }
}
