package org.goldenthread.support;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real records of the demo council to fill a route's path variables with, so that a test can try
 * every route the application has. Two sets: records the demo's partner user (Exampleshire Police,
 * on the Community Safety Partnership) takes part in, and council records they do not.
 */
@Component
@Transactional(readOnly = true)
public class SampleRecords {

  public static final String PARTNER_VISIBLE = "partner-visible";
  public static final String PARTNER_HIDDEN = "partner-hidden";

  private static final Pattern VARIABLE = Pattern.compile("([^/]*)/([^/{]*)\\{([^}]+)}");

  private final EntityManager entities;

  public SampleRecords(EntityManager entities) {
    this.entities = entities;
  }

  /** The route with each variable filled from a record of the given set. */
  public String pathFor(String pattern, String set) {
    StringBuilder path = new StringBuilder();
    Matcher m = VARIABLE.matcher(pattern);
    int last = 0;
    while (m.find()) {
      String segment = m.group(1);
      path.append(pattern, last, m.start()).append(segment).append('/').append(m.group(2));
      path.append(value(segment, m.group(3), set.equals(PARTNER_VISIBLE), pattern));
      last = m.end();
    }
    return path.append(pattern.substring(last)).toString();
  }

  private String value(String segment, String variable, boolean visible, String pattern) {
    if (variable.equals("format")) {
      return "csv";
    }
    return switch (segment + "/" + variable) {
      case "plans/id" -> id(visible ? plan("PARTNERSHIP_PLAN") : plan("CORPORATE_PLAN"));
      case "versions/number" -> "1";
      case "items/id", "framework-items/id" ->
          id(
              first(
                  "select i.id from FrameworkItem i where i.code = ?1",
                  visible ? "CSP-O1" : corporatePriority()));
      case "indicators/id" -> id(indicator(visible ? "CSP-01" : "HR-01"));
      case "indicators/code" -> visible || pattern.startsWith("/public") ? "CSP-01" : "HR-01";
      case "actions/id" -> id(action(visible));
      case "actions/code" ->
          first("select a.code from Action a where a.id = ?1", action(visible)).toString();
      case "reports/id" ->
          pattern.startsWith("/public")
              ? id(first("select p.id from PublishedReport p where p.body.name = 'Cabinet'"))
              : id(report(visible ? "Community safety performance" : "Audit and governance%"));
      case "published/id" ->
          id(
              first(
                  "select p.id from PublishedReport p where p.body.name = ?1",
                  visible ? "Community Safety Partnership" : "Cabinet"));
      case "exports/job", "jobs/id" -> "no-such-job";
      case "template/kind" -> "values";
      case "annual-report/year" -> "2025-26";
      case "decisions/id" -> id(first("select d.id from Decision d order by d.id"));
      case "people/id" -> id(first("select p.id from Person p where p.fullName = 'Sam Patel'"));
      case "org-units/id" -> id(first("select u.id from OrgUnit u where u.code = 'REVBEN'"));
      case "directorates/id" -> id(first("select u.id from OrgUnit u where u.code = 'RES'"));
      case "bodies/id" -> id(first("select b.id from Body b where b.name = 'Cabinet'"));
      case "portfolios/id" -> id(first("select p.id from Portfolio p order by p.id"));
      case "organisations/id" ->
          id(first("select o.id from Organisation o where o.kind = 'COUNCIL'"));
      case "registers/id" ->
          id(
              first(
                  "select g.id from RiskRegister g where g.code = ?1",
                  visible ? "CSP-PRR" : "RES-DRR"));
      case "categories/id" ->
          id(first("select c.id from RiskCategory c where c.code = 'FINANCIAL'"));
      case "descriptors/id" -> id(first("select d.id from RiskDescriptor d order by d.id"));
      case "risks/id" -> id(risk(visible));
      case "risk-registers/id" ->
          firstOr(
              "select r.register.id from Risk r where r.id = ?1",
              "0",
              Long.valueOf(id(risk(visible))));
      case "controls/controlId" ->
          firstOr(
              "select c.id from RiskControl c where c.risk.id = ?1",
              "0",
              Long.valueOf(id(risk(visible))));
      case "risks/code" ->
          first("select r.code from Risk r where r.id = ?1", risk(visible)).toString();
      case "risk-registers/code" ->
          first("select r.register.code from Risk r where r.id = ?1", risk(visible)).toString();
      case "reporting-periods/id" ->
          firstOr("select r.id from ReportingPeriod r order by r.id", "0");
      case "distributions/id" -> distribution();
      case "outbox/id" -> firstOr("select m.id from OutboxMail m order by m.id", "0");
      case "accounts/id" ->
          id(first("select a.id from UserAccount a where a.username = 'officer'"));
      case "clinics/id" -> firstOr("select c.id from Clinic c order by c.id", "0");
      case "items/itemId" -> firstOr("select i.id from ClinicItem i order by i.id", "0");
      case "intervention-ladder/level" -> "2";
      case "feed/token" -> "no-such-token";
      case "interventions/id" ->
          // The first intervention recorded, or one that does not exist (404) while there is none.
          firstOr("select i.id from Intervention i order by i.id", "0");
      case "years/year" -> "2026-27";
      case "template/id" -> id(first("select t.id from CalendarTemplateEntry t order by t.id"));
      case "entries/id" ->
          // The calendar's first entry, or one that does not exist (404) while there is none.
          String.valueOf(
              entities
                  .createQuery("select e.id from CalendarEntry e order by e.id", Long.class)
                  .setMaxResults(1)
                  .getResultStream()
                  .findFirst()
                  .orElse(0L));
      default ->
          throw new AssertionError(
              "No sample record for {"
                  + variable
                  + "} after /"
                  + segment
                  + " in "
                  + pattern
                  + ": add one to SampleRecords");
    };
  }

  private Object plan(String type) {
    return first("select p.id from Plan p where cast(p.type as string) = ?1 order by p.id", type);
  }

  private String corporatePriority() {
    return (String)
        first(
            "select i.code from FrameworkItem i where i.plan.id = ?1"
                + " and cast(i.type as string) = 'PRIORITY' order by i.code",
            plan("CORPORATE_PLAN"));
  }

  public long indicator(String code) {
    return (Long) first("select i.id from Indicator i where i.code = ?1", code);
  }

  /** An action delivering the partnership plan, or one of the council's own elsewhere. */
  public long action(boolean visible) {
    return (Long)
        (visible
            ? first(
                "select a.id from Action a where a.frameworkItem.code like 'CSP-O%' order by a.id")
            : first(
                "select a.id from Action a where a.frameworkItem.code like 'REVBEN%' order by a.id"));
  }

  /** A risk on the Community Safety Partnership's register, or one on the corporate register. */
  public Object risk(boolean visible) {
    return first(
        visible
            ? "select r.id from Risk r where r.register.body.name = 'Community Safety Partnership'"
                + " and r.confidential = false order by r.id"
            : "select r.id from Risk r where cast(r.register.level as string) = 'CORPORATE'"
                + " and r.confidential = false order by r.id");
  }

  private String firstOr(String query, String none, Object... parameters) {
    var q = entities.createQuery(query);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    List<?> found = q.setMaxResults(1).getResultList();
    return found.isEmpty() ? none : String.valueOf(found.get(0));
  }

  public long report(String titleLike) {
    return (Long) first("select r.id from ReportDefinition r where r.title like ?1", titleLike);
  }

  public long plan(boolean partnership) {
    return (Long) plan(partnership ? "PARTNERSHIP_PLAN" : "CORPORATE_PLAN");
  }

  private Object first(String query, Object... parameters) {
    var q = entities.createQuery(query);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    List<?> found = q.setMaxResults(1).getResultList();
    if (found.isEmpty()) {
      throw new AssertionError("The demo has no record for: " + query);
    }
    return found.get(0);
  }

  /** A report pack prepared for a meeting, if a test has prepared one; else one that is not. */
  private String distribution() {
    List<?> found =
        entities
            .createQuery("select d.id from ReportDistribution d order by d.id")
            .setMaxResults(1)
            .getResultList();
    return found.isEmpty() ? "0" : id(found.get(0));
  }

  private static String id(Object id) {
    return String.valueOf(id);
  }
}
