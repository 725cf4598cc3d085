package org.goldenthread.intervention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interventions as the register, the indicator page and the API read them: each with its
 * subject, level, who must act, by when, and whether that is overdue ({@link Owed}). Withdrawn
 * interventions (a correction undid them) are left out of lists.
 */
@Service
@Transactional(readOnly = true)
public class InterventionRegister {

  /** Which interventions a list shows. */
  public enum Scope {
    OPEN,
    CLOSED,
    ALL
  }

  /** A list's filters: null for any. */
  public record Filter(Scope scope, Integer level, Long directorateId) {

    public Filter {
      scope = scope == null ? Scope.OPEN : scope;
    }

    public static Filter open() {
      return new Filter(Scope.OPEN, null, null);
    }
  }

  /** One intervention as listed. */
  public record Entry(
      Intervention intervention,
      String levelName,
      OrgUnit directorate,
      InterventionStep latestStep,
      Owed owed) {

    public long id() {
      return intervention.getId();
    }

    public Indicator indicator() {
      return intervention.getIndicator();
    }

    public Action action() {
      return intervention.getAction();
    }

    /** "Remedial plan (level 2)". */
    public String levelTitle() {
      return levelName + " (level " + intervention.getLevel() + ")";
    }
  }

  private final InterventionRepository interventions;
  private final InterventionNoteRepository notes;
  private final Ladders ladders;
  private final EntityManager entities;
  private final Clock clock;

  InterventionRegister(
      InterventionRepository interventions,
      InterventionNoteRepository notes,
      Ladders ladders,
      EntityManager entities,
      Clock clock) {
    this.interventions = interventions;
    this.notes = notes;
    this.ladders = ladders;
    this.entities = entities;
    this.clock = clock;
  }

  /** The interventions the filter picks, overdue first, then the highest level, then the oldest. */
  public List<Entry> list(Filter filter) {
    // Open ones are picked in the query: a large council's closed ones would be read for nothing.
    boolean open = filter.scope() == Scope.OPEN;
    TypedQuery<Intervention> query =
        entities.createQuery(
            "select distinct i from Intervention i left join fetch i.steps"
                + " left join fetch i.indicator left join fetch i.action"
                + " where i.withdrawnAt is null"
                + (open ? " and i.state = :open" : ""),
            Intervention.class);
    if (open) {
      query.setParameter("open", InterventionState.OPEN);
    }
    List<Intervention> found = query.getResultList();
    return sorted(
        found.stream()
            .filter(i -> filter.level() == null || i.getLevel() == filter.level())
            .filter(
                i ->
                    switch (filter.scope()) {
                      case OPEN -> i.isOpen();
                      case CLOSED -> !i.isOpen();
                      case ALL -> true;
                    })
            .filter(
                i ->
                    filter.directorateId() == null
                        || (directorate(i) != null
                            && directorate(i).getId().equals(filter.directorateId())))
            .toList());
  }

  /**
   * The open interventions a person may have to act on, in the order of {@link #list}: those of the
   * indicators and actions they are responsible or accountable for, and for the head of a
   * directorate every open one (the directorate is found through the units above the subject's).
   * Read by the person in the query, so a home page does not read every intervention of a large
   * council.
   */
  public List<Entry> openFor(long personId) {
    Long heads =
        entities
            .createQuery(
                "select count(u) from OrgUnit u where u.head.id = ?1 and u.type = ?2", Long.class)
            .setParameter(1, personId)
            .setParameter(2, OrgUnitType.DIRECTORATE)
            .getSingleResult();
    if (heads > 0) {
      return list(Filter.open());
    }
    return sorted(
        entities
            .createQuery(
                "select distinct i from Intervention i left join fetch i.steps"
                    + " left join fetch i.indicator n left join fetch i.action a"
                    + " where i.withdrawnAt is null and i.state = ?2"
                    + " and (n.responsible.id = ?1 or n.accountable.id = ?1"
                    + " or a.leadOfficer.id = ?1 or a.accountable.id = ?1)",
                Intervention.class)
            .setParameter(1, personId)
            .setParameter(2, InterventionState.OPEN)
            .getResultList());
  }

  /** How many open interventions stand at each level of the ladder, 1 to 5. */
  public Map<Integer, Long> openByLevel() {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (int level = 1; level <= 5; level++) {
      counts.put(level, 0L);
    }
    interventions.findOpen().forEach(i -> counts.merge(i.getLevel(), 1L, Long::sum));
    return counts;
  }

  /** An indicator's interventions, open first, then the latest opened first. */
  public List<Entry> of(Indicator indicator) {
    return entries(
        interventions.findByIndicator(indicator).stream()
            .filter(i -> !i.isWithdrawn())
            .sorted(
                Comparator.comparing((Intervention i) -> !i.isOpen())
                    .thenComparing(Intervention::getOpenedPeriod, Comparator.reverseOrder()))
            .toList());
  }

  /** An indicator's interventions in the order they opened, withdrawn ones left out. */
  public List<Intervention> inOrder(Indicator indicator) {
    return interventions.findByIndicator(indicator).stream().filter(i -> !i.isWithdrawn()).toList();
  }

  public Intervention get(long id) {
    return interventions
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Intervention", id));
  }

  public Entry entry(Intervention intervention) {
    return entries(List.of(intervention)).get(0);
  }

  public List<InterventionNote> notes(Intervention intervention) {
    return notes.findByInterventionOrderByRecordedAtAscIdAsc(intervention);
  }

  public List<RemedialPlan> plans(Intervention intervention) {
    return entities
        .createQuery(
            "select p from RemedialPlan p where p.intervention = ?1 order by p.proposedAt, p.id",
            RemedialPlan.class)
        .setParameter(1, intervention)
        .getResultList();
  }

  public List<DirectorReview> reviews(Intervention intervention) {
    return entities
        .createQuery(
            "select r from DirectorReview r where r.intervention = ?1"
                + " order by r.reviewedOn, r.id",
            DirectorReview.class)
        .setParameter(1, intervention)
        .getResultList();
  }

  private List<Entry> sorted(List<Intervention> found) {
    return entries(found).stream()
        .sorted(
            Comparator.comparing((Entry e) -> !e.owed().overdue())
                .thenComparing(e -> -e.intervention().getLevel())
                .thenComparing(e -> e.intervention().getOpenedPeriod()))
        .toList();
  }

  private List<Entry> entries(List<Intervention> found) {
    Ladder ladder = ladders.current();
    LocalDate today = LocalDate.now(clock);
    Set<Long> planned = ids("select distinct p.intervention.id from RemedialPlan p");
    Set<Long> reviewed = ids("select distinct r.intervention.id from DirectorReview r");
    return found.stream()
        .map(
            i ->
                new Entry(
                    i,
                    ladder.rule(i.getLevel()).map(Rule::name).orElse("Level " + i.getLevel()),
                    directorate(i),
                    i.latestStep().orElse(null),
                    Owed.of(i, ladder, planned, reviewed, today)))
        .toList();
  }

  private Set<Long> ids(String query) {
    return new HashSet<>(entities.createQuery(query, Long.class).getResultList());
  }

  /** The directorate of the indicator's (or action's) unit, or the unit above it that is one. */
  static OrgUnit directorate(Intervention intervention) {
    OrgUnit unit =
        intervention.getIndicator() != null
            ? intervention.getIndicator().getOrgUnit()
            : intervention.getAction().getOrgUnit();
    while (unit != null && unit.getType() != OrgUnitType.DIRECTORATE) {
      unit = unit.getParent();
    }
    return unit;
  }
}
