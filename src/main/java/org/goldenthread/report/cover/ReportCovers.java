package org.goldenthread.report.cover;

import java.util.Optional;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.report.CoverSheet;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSchedule;
import org.goldenthread.report.ReportService;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports' covers as agenda items: one per period's issue of a report to a body. A new cover starts
 * from the one before it (who the report is from, the portfolio holder, the contact officer, wards,
 * open or exempt, purpose), or for a report's first cover from its schedule, body and scope; the
 * meeting's own parts (agenda item, recommendations, reasons, implications) start empty.
 */
@Service
@Transactional
public class ReportCovers {

  static final String ALL_WARDS = "All wards";

  private final ReportCoverRepository covers;
  private final ReportService reports;
  private final ReportBuilder builder;
  private final GovernanceService governance;
  private final PersonRepository people;
  private final CoverDefaults defaults;
  private final DisplayFormats formats;

  ReportCovers(
      ReportCoverRepository covers,
      ReportService reports,
      ReportBuilder builder,
      GovernanceService governance,
      PersonRepository people,
      CoverDefaults defaults,
      DisplayFormats formats) {
    this.covers = covers;
    this.reports = reports;
    this.builder = builder;
    this.governance = governance;
    this.people = people;
    this.defaults = defaults;
    this.formats = formats;
  }

  /** The cover for the period's issue to the body; without a body, the first meeting's. */
  @Transactional(readOnly = true)
  public Optional<ReportCover> find(long definitionId, Period period, Long bodyId) {
    if (bodyId != null) {
      return covers.findByReportDefinitionIdAndPeriodAndBodyId(
          definitionId, period.label(), bodyId);
    }
    return covers.findForPeriod(definitionId, period.label()).stream().findFirst();
  }

  /** The cover as printed, with the contact officer's post, email and telephone as now recorded. */
  @Transactional(readOnly = true)
  public Optional<CoverSheet> sheet(long definitionId, Period period, Long bodyId) {
    return find(definitionId, period, bodyId).map(this::sheet);
  }

  /**
   * The body a cover form starts with: the one asked for, or the first the report is scheduled to
   * go to; null when it goes to none.
   */
  @Transactional(readOnly = true)
  public Long bodyFor(long definitionId, Long bodyId) {
    if (bodyId != null) {
      return bodyId;
    }
    return reports.get(definitionId).getSchedules().stream()
        .map(s -> s.getBody().getId())
        .findFirst()
        .orElse(null);
  }

  /** The form for a cover: the saved one, or one filled in with the defaults. */
  @Transactional(readOnly = true)
  public CoverForm form(long definitionId, Period period, Long bodyId, PersonRef by) {
    ReportDefinition definition = reports.get(definitionId);
    Long body = bodyFor(definitionId, bodyId);
    if (body != null) {
      Optional<ReportCover> saved = find(definition.getId(), period, body);
      if (saved.isPresent()) {
        return CoverForm.of(saved.get());
      }
    }
    return defaults(definition, period, body, by);
  }

  CoverForm defaults(ReportDefinition definition, Period period, Long bodyId, PersonRef by) {
    var meeting =
        definition.getSchedules().stream()
            .filter(s -> s.getBody().getId().equals(bodyId))
            .map(ReportSchedule::getNextDue)
            .findFirst()
            .orElse(null);
    Optional<ReportCover> before =
        covers.findLatestFirst(definition.getId()).stream()
            .filter(c -> !c.getPeriod().equals(period.label()))
            .findFirst();
    if (before.isPresent()) {
      ReportCover c = before.get();
      return new CoverForm(
          null,
          bodyId,
          meeting,
          null,
          definition.getTitle(),
          c.getReportOf(),
          c.getPortfolioHolder(),
          c.getContactOfficerId(),
          c.getWards(),
          false,
          null,
          c.isExempt(),
          c.getExemptParagraph(),
          c.getPurpose(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    CoverDefaults.Suggested suggested = defaults.suggest(definition);
    Person contact = suggested.contact();
    Long contactId =
        contact != null
            ? contact.getId()
            : by != null && by.personId() != null
                ? by.personId()
                : definition.getCreatedByPerson().personId();
    String holder =
        suggested.portfolio() == null || suggested.portfolio().getHolder() == null
            ? null
            : suggested.portfolio().getHolder().getFullName()
                + ", "
                + suggested.portfolio().getTitle();
    return new CoverForm(
        null,
        bodyId,
        meeting,
        null,
        definition.getTitle(),
        post(suggested.director()),
        holder,
        contactId,
        ALL_WARDS,
        false,
        null,
        false,
        null,
        "To report performance for "
            + period.label()
            + ": "
            + builder.describeScope(definition)
            + ".",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Saves the cover of the period's issue to the form's body. Refused if someone saved it since the
   * form was opened (or saved it first, when the form opened a new one).
   */
  public ReportCover save(long definitionId, Period period, CoverForm form) {
    ReportDefinition definition = reports.get(definitionId);
    Body body = governance.body(form.bodyId());
    ReportCover cover =
        covers
            .findByReportDefinitionIdAndPeriodAndBodyId(definitionId, period.label(), body.getId())
            .orElse(null);
    if (cover == null) {
      cover = new ReportCover(definition, period.label(), body);
    } else if (form.version() == null) {
      throw new ConcurrentEditException("cover", cover.getVersion());
    } else {
      Versioned.check("cover", cover.getVersion(), form.version());
    }
    Person contact =
        people
            .findById(form.contactOfficerId())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "contactOfficerId", "Choose a contact officer from the list"));
    cover.fill(form, contact.getFullName());
    return covers.saveAndFlush(cover);
  }

  CoverSheet sheet(ReportCover c) {
    // Someone since removed is printed by the name as recorded alone.
    Person contact = people.findById(c.getContactOfficerId()).orElse(null);
    return new CoverSheet(
        c.getBody().getName(),
        c.getMeetingDate(),
        formats.date(c.getMeetingDate()),
        c.getAgendaItem(),
        c.getTitle(),
        c.getReportOf(),
        c.getPortfolioHolder(),
        c.getContactOfficerName(),
        contact == null ? null : contact.getJobTitle(),
        contact == null ? null : contact.getEmail(),
        contact == null ? null : contact.getPhone(),
        c.getWards(),
        c.isKeyDecision(),
        c.getForwardPlanReference(),
        c.isExempt(),
        c.getExemptParagraph(),
        c.getPurpose(),
        c.recommendationList(),
        c.getReasons(),
        c.getFinancialImplications(),
        c.getLegalImplications(),
        c.getEqualitiesImplications(),
        c.getRiskImplications());
  }

  /** "To report performance for 2026/27 Q2 against the Corporate Plan 2026–2030." and the like. */
  private String purpose(ReportDefinition definition, Period period) {
    String scope = builder.describeScope(definition);
    String named = scope.substring(scope.indexOf(':') + 1).strip();
    String on =
        switch (definition.getScopeKind()) {
          case PLAN -> "against " + named;
          case PRIORITY -> "on the priority " + named;
          case PORTFOLIO -> "for the " + named + " portfolio";
          case DIRECTORATE -> "for " + named;
          case BODY -> "on what " + scope.substring("Accountable to ".length()) + " oversees";
          case CORPORATE_HEALTH -> "on the corporate health indicators";
          case CHOSEN -> "on the indicators and actions chosen for it";
        };
    return "To report performance for " + period.label() + " " + on + ".";
  }

  /** A director by post ("Director of Resources"), or by name when no post is recorded. */
  private static String post(Person person) {
    if (person == null) {
      return null;
    }
    return person.getJobTitle() == null || person.getJobTitle().isBlank()
        ? person.getFullName()
        : person.getJobTitle();
  }
}
