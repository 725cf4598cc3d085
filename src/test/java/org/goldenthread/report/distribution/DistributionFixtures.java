package org.goldenthread.report.distribution;

import java.time.LocalDate;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSchedule;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/**
 * A committee of its own with a report on its schedule: the fixture council's manager sits on it as
 * a member and its officer clerks it.
 */
@Component
class DistributionFixtures {

  record Committee(
      FixtureCouncil.Council council, Body body, ReportDefinition report, ReportSchedule schedule) {

    Person member() {
      return council.manager();
    }

    Person clerk() {
      return council.officer();
    }
  }

  private final FixtureCouncil fixtures;
  private final GovernanceService governance;
  private final ReportService reports;

  DistributionFixtures(
      FixtureCouncil fixtures, GovernanceService governance, ReportService reports) {
    this.fixtures = fixtures;
    this.governance = governance;
    this.reports = reports;
  }

  /** A committee meeting on {@code meeting}, with a member and a clerk unless {@code empty}. */
  Committee committee(LocalDate meeting, boolean empty) {
    FixtureCouncil.Council council = fixtures.create();
    Body body =
        governance.createBody(
            new BodyForm(
                "Fixture committee " + council.suffix(),
                BodyType.SCRUTINY_COMMITTEE,
                null,
                "0",
                null));
    if (!empty) {
      governance.addMember(
          body.getId(), new MembershipForm(council.manager().getId(), MembershipRole.MEMBER));
      governance.addMember(
          body.getId(), new MembershipForm(council.officer().getId(), MembershipRole.CLERK));
    }
    ReportDefinition report =
        reports.create(
            ReportServiceTest.form(
                "Fixture pack " + council.suffix(), ScopeKind.BODY, body.getId()),
            council.asManager());
    ReportSchedule schedule =
        reports.schedule(report.getId(), body.getId(), Frequency.QUARTERLY, meeting);
    return new Committee(council, body, report, schedule);
  }
}
