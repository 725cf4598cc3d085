package org.goldenthread.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record an entry concerns (a plan, a report or a body), named and linked. Reports are read by
 * their table rather than through the report capability, which depends on notices and so, through
 * them, on the calendar: a dependency this way would make a cycle.
 */
@Component
@Transactional(readOnly = true)
public class ConcernedRecords {

  /** A record an entry may concern: what it is, its id, its name and its page. */
  public record Concerned(Concerns concerns, long id, String name, String path) {

    /** The value a form's select carries for it: PLAN:12. */
    public String key() {
      return concerns.name() + ":" + id;
    }
  }

  private final PlanService plans;
  private final GovernanceService governance;
  private final JdbcClient jdbc;

  ConcernedRecords(PlanService plans, GovernanceService governance, JdbcClient jdbc) {
    this.plans = plans;
    this.governance = governance;
    this.jdbc = jdbc;
  }

  /** The record, or empty when the entry names none or it is gone. */
  public Optional<Concerned> of(Concerns concerns, Long id) {
    if (id == null || concerns == null) {
      return Optional.empty();
    }
    try {
      return switch (concerns) {
        case PLAN -> Optional.of(plan(id, plans.get(id).getTitle()));
        case MEETING -> Optional.of(body(id, governance.body(id).getName()));
        case REPORT ->
            jdbc.sql("select title from report_definition where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(title -> report(id, title));
        default -> Optional.empty();
      };
    } catch (RecordNotFoundException gone) {
      return Optional.empty();
    }
  }

  public Optional<Concerned> of(CalendarEntry entry) {
    return of(entry.getConcerns(), entry.getConcernsId());
  }

  /** Every record an entry may concern: plans, reports, then bodies. */
  public List<Concerned> all() {
    List<Concerned> all = new ArrayList<>();
    plans.all().forEach(p -> all.add(plan(p.getId(), p.getTitle())));
    jdbc.sql("select id, title from report_definition order by title")
        .query((rs, n) -> report(rs.getLong("id"), rs.getString("title")))
        .list()
        .forEach(all::add);
    governance.bodies().forEach(b -> all.add(body(b.getId(), b.getName())));
    return all;
  }

  /** Which kinds of entry may name a record, and so link to it. */
  public static boolean namesRecord(Concerns concerns) {
    return concerns == Concerns.PLAN || concerns == Concerns.REPORT || concerns == Concerns.MEETING;
  }

  private static Concerned plan(long id, String title) {
    return new Concerned(Concerns.PLAN, id, title, "/plans/" + id);
  }

  private static Concerned report(long id, String title) {
    return new Concerned(Concerns.REPORT, id, title, "/reports/" + id);
  }

  private static Concerned body(long id, String name) {
    return new Concerned(Concerns.MEETING, id, name, "/bodies/" + id);
  }
}
