package org.goldenthread.calendar;

import java.time.LocalDate;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.springframework.stereotype.Component;

/**
 * A fixture council's calendar in 2026/27, seen on the test clock's day (2 December 2026): the
 * officer's own missed task, the officer's board's task due next week, the officer's upcoming and
 * done tasks, and an event of the board's. Every title ends in the council's suffix.
 */
@Component
public class CalendarFixtures {

  public static final FinancialYear YEAR = FinancialYear.of(TestClock.TODAY);

  /** What {@link #create} made. */
  public record Calendar(
      FixtureCouncil.Council council,
      Body board,
      CalendarEntry missed,
      CalendarEntry due,
      CalendarEntry upcoming,
      CalendarEntry done,
      CalendarEntry meeting) {

    public String suffix() {
      return council.suffix();
    }
  }

  private final FixtureCouncil fixtures;
  private final GovernanceService governance;
  private final CalendarService calendar;

  CalendarFixtures(
      FixtureCouncil fixtures, GovernanceService governance, CalendarService calendar) {
    this.fixtures = fixtures;
    this.governance = governance;
    this.calendar = calendar;
  }

  public Calendar create() {
    FixtureCouncil.Council council = fixtures.create();
    String s = council.suffix();
    Body board =
        governance.createBody(
            new BodyForm("Fixture board " + s, BodyType.OFFICER_BOARD, null, "9999", null));
    governance.addMember(
        board.getId(), new MembershipForm(council.officer().getId(), MembershipRole.MEMBER));
    long officer = council.officer().getId();
    CalendarEntry missed =
        add(s, "Risk register refreshed", EntryKind.TASK, officer, null, null, day(-2));
    CalendarEntry due =
        add(s, "Board papers sent", EntryKind.TASK, null, board.getId(), null, day(7));
    CalendarEntry upcoming =
        add(s, "Service plan drafted", EntryKind.TASK, officer, null, day(30), day(60));
    CalendarEntry done =
        add(s, "Quarter 2 figures entered", EntryKind.TASK, officer, null, null, day(-20));
    done = calendar.markDone(done.getId(), council.asOfficer());
    CalendarEntry meeting =
        add(s, "Board meeting", EntryKind.EVENT, null, board.getId(), null, day(14));
    return new Calendar(council, board, missed, due, upcoming, done, meeting);
  }

  private CalendarEntry add(
      String suffix,
      String title,
      EntryKind kind,
      Long personId,
      Long bodyId,
      LocalDate startsOn,
      LocalDate dueOn) {
    return calendar.add(
        YEAR,
        new EntryDetails(
            title + " " + suffix,
            "Fixture " + title.toLowerCase(),
            kind,
            bodyId == null ? Concerns.OTHER : Concerns.MEETING,
            bodyId,
            personId,
            bodyId,
            startsOn,
            dueOn));
  }

  private static LocalDate day(int fromToday) {
    return TestClock.TODAY.plusDays(fromToday);
  }
}
