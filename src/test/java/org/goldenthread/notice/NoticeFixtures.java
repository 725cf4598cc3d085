package org.goldenthread.notice;

import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.organisation.ContactForm;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/** A fixture council whose officer and manager have addresses, and reporting periods to open. */
@Component
class NoticeFixtures {

  private final FixtureCouncil fixtures;
  private final PersonService people;
  private final ReportingPeriods periods;

  NoticeFixtures(FixtureCouncil fixtures, PersonService people, ReportingPeriods periods) {
    this.fixtures = fixtures;
    this.people = people;
    this.periods = periods;
  }

  FixtureCouncil.Council council() {
    FixtureCouncil.Council council = fixtures.create();
    address(council.officer(), "officer-" + council.suffix() + "@example.gov.uk");
    address(council.manager(), "manager-" + council.suffix() + "@example.gov.uk");
    return council;
  }

  static String officerAddress(FixtureCouncil.Council council) {
    return "officer-" + council.suffix().toLowerCase() + "@example.gov.uk";
  }

  static String managerAddress(FixtureCouncil.Council council) {
    return "manager-" + council.suffix().toLowerCase() + "@example.gov.uk";
  }

  private void address(Person person, String email) {
    Person current = people.get(person.getId());
    people.updateContact(
        person.getId(),
        new ContactForm(current.getJobTitle(), email.toLowerCase(), null, current.getVersion()));
  }

  /** The reporting period, open (opened now, or again if it was closed). */
  ReportingPeriod open(Period period) {
    PersonRef by = PersonRef.person(0, "Test");
    return periods
        .find(period)
        .map(p -> p.isOpen() ? p : periods.reopen(p.getId(), by))
        .orElseGet(() -> periods.open(period, by));
  }
}
