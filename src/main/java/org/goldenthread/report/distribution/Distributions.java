package org.goldenthread.report.distribution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.Notices;
import org.goldenthread.organisation.OrganisationKind;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.BodyMembership;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.goldenthread.period.WorkingDays;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSchedule;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled report distribution: for each schedule whose meeting falls within the lead time, the
 * report pack is prepared once for that meeting, for the period the report covers then, and each
 * recipient is told it is ready with a link to it (never the pack itself). The body's clerk
 * publishes it from there.
 */
@Service
@Transactional(readOnly = true)
public class Distributions {

  private final ReportDistributionRepository distributions;
  private final ReportService reports;
  private final GovernanceService governance;
  private final PublishingService publishing;
  private final Notices notices;
  private final WorkingDays workingDays;
  private final DistributionProperties settings;
  private final DisplayFormats formats;
  private final TransactionTemplate eachSchedule;
  private final Clock clock;

  Distributions(
      ReportDistributionRepository distributions,
      ReportService reports,
      GovernanceService governance,
      PublishingService publishing,
      Notices notices,
      Deadlines deadlines,
      DistributionProperties settings,
      DisplayFormats formats,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.distributions = distributions;
    this.reports = reports;
    this.governance = governance;
    this.publishing = publishing;
    this.notices = notices;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
    this.formats = formats;
    this.eachSchedule = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ReportDistribution get(long id) {
    return distributions
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Report distribution", id));
  }

  /** Every distribution, the latest meeting first. */
  public List<ReportDistribution> all() {
    return distributions.findAllInOrder();
  }

  /** The first day a meeting's pack is prepared: the lead time in working days before it. */
  public LocalDate preparedFrom(LocalDate meeting) {
    return workingDays.addWorkingDays(meeting, -settings.leadWorkingDays());
  }

  /**
   * Prepares the pack of every schedule whose meeting is within the lead time and not yet past,
   * each schedule in its own transaction; a pack prepared already is left as it is, one held back
   * is tried again. Returns how many packs it prepared or held back this time.
   */
  // Never inside another transaction: each schedule commits on its own, before anyone is told.
  @Transactional(propagation = Propagation.NEVER)
  public int prepareDue() {
    LocalDate today = today();
    List<Long> due = new ArrayList<>();
    eachSchedule.executeWithoutResult(
        status ->
            reports.all().stream()
                .flatMap(r -> r.getSchedules().stream())
                .filter(s -> isDue(s.getNextDue(), today))
                .forEach(s -> due.add(s.getId())));
    int changed = 0;
    for (long scheduleId : due) {
      Long prepared = eachSchedule.execute(status -> prepare(scheduleId, today));
      if (prepared != null) {
        changed++;
        tell(prepared);
      }
    }
    return changed;
  }

  private boolean isDue(LocalDate meeting, LocalDate today) {
    return !meeting.isBefore(today) && !today.isBefore(preparedFrom(meeting));
  }

  /** The distribution's id when it was prepared or held back now; null when nothing changed. */
  private Long prepare(long scheduleId, LocalDate today) {
    ReportSchedule schedule = schedule(scheduleId);
    LocalDate meeting = schedule.getNextDue();
    ReportDistribution distribution =
        distributions
            .findByReportScheduleIdAndMeetingOn(scheduleId, meeting)
            .orElseGet(
                () ->
                    new ReportDistribution(
                        scheduleId, schedule.getReportDefinition(), schedule.getBody(), meeting));
    if (distribution.getState() != null && !distribution.isHeld()) {
      return null;
    }
    ReportDefinition report = schedule.getReportDefinition();
    // As a report on screen picks its period: the latest of its kind over by the meeting.
    Period period = Period.containing(meeting, report.getPeriodType()).previous();
    List<Recipient> people = recipients(schedule);
    String why = null;
    if (!period.end().isBefore(today)) {
      why =
          period.label()
              + " ends on "
              + formats.date(period.end())
              + ": its report can be prepared from the day after.";
    } else if (people.isEmpty()) {
      why =
          "Nobody to send it to: "
              + schedule.getBody().getName()
              + " has no members or clerk recorded, and the schedule lists no one instead.";
    }
    Instant now = Instant.now(clock);
    if (why != null) {
      if (why.equals(distribution.getReason())) {
        return null;
      }
      distribution.held(period, why, now);
    } else {
      distribution.ready(period, people, now);
    }
    return distributions.saveAndFlush(distribution).getId();
  }

  /** Tells each recipient the pack is ready, once each: the notice carries the link only. */
  private void tell(long distributionId) {
    ReportDistribution d =
        eachSchedule.execute(
            status -> {
              ReportDistribution found = get(distributionId);
              // Read what the notices need while the session is open.
              found.getRecipients().size();
              found.getReportDefinition().getTitle();
              found.getBody().getName();
              return found;
            });
    if (d == null || d.isHeld()) {
      return;
    }
    String title =
        "Report pack ready: "
            + d.getReportDefinition().getTitle()
            + " for "
            + d.getBody().getName();
    String detail =
        "For the meeting on "
            + formats.date(d.getMeetingOn())
            + ", covering "
            + d.getPeriod().label()
            + ".";
    for (DistributionRecipient r : d.getRecipients()) {
      notices.record(
          new NoticeItem(
              r.getPersonId(),
              NoticeKind.REPORT_READY,
              "distribution:" + d.getId(),
              title,
              detail,
              d.getMeetingOn(),
              "/distributions/" + d.getId()));
    }
  }

  /** The schedule's own list if it has one, else the body's members and clerk at the council. */
  List<Recipient> recipients(ReportSchedule schedule) {
    Map<Long, Recipient> byPerson = new LinkedHashMap<>();
    if (!schedule.getRecipients().isEmpty()) {
      schedule.getRecipients().stream()
          .filter(Person::isActive)
          .sorted(Comparator.comparing(Person::getFullName))
          .forEach(
              p ->
                  byPerson.putIfAbsent(
                      p.getId(), new Recipient(p.getId(), p.getFullName(), "On the list")));
      return List.copyOf(byPerson.values());
    }
    for (BodyMembership seat : governance.membersOf(schedule.getBody())) {
      Person p = seat.getPerson();
      // Partner users cannot open distributions; the body's own officers and members can.
      boolean ofCouncil =
          p.getOrganisation() == null || p.getOrganisation().getKind() == OrganisationKind.COUNCIL;
      if (p.isActive() && ofCouncil) {
        byPerson.putIfAbsent(
            p.getId(), new Recipient(p.getId(), p.getFullName(), seat.getRole().label()));
      }
    }
    return List.copyOf(byPerson.values());
  }

  /** Whether the person clerks the distribution's body. */
  public boolean isClerk(ReportDistribution d, Long personId) {
    return personId != null
        && governance.membersOf(d.getBody()).stream()
            .anyMatch(
                m -> m.getRole() == MembershipRole.CLERK && m.getPerson().getId().equals(personId));
  }

  /**
   * Publishes the pack's report for its period and body, as publishing from the report does. If the
   * report for that period was published already, the pack links to that publication instead: a
   * report is published once per period.
   */
  @Transactional
  public PublishedReport publish(long id, PersonRef by) {
    ReportDistribution d = get(id);
    d.checkPublishable();
    PublishedReport published =
        publishing.of(d.getReportDefinition().getId()).stream()
            .filter(p -> p.getPeriod().equals(d.getPeriod().label()))
            .findFirst()
            .orElseGet(
                () ->
                    publishing.publish(
                        d.getReportDefinition().getId(), d.getPeriod(), d.getBody().getId(), by));
    d.published(published.getId());
    return published;
  }

  private ReportSchedule schedule(long scheduleId) {
    return reports.all().stream()
        .flatMap(r -> r.getSchedules().stream())
        .filter(s -> s.getId() == scheduleId)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Schedule", scheduleId));
  }
}
