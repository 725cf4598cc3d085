package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures through verification: submitted figures are the accountable person's to verify, figures
 * returned for correction are told to whoever entered them, and a second round is told again.
 */
@GoldenThreadTest
class ValueNoticesTest {

  @Autowired NoticeFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired NoticeRun run;
  @Autowired Notices notices;
  @Autowired DataEntry entry;

  private List<Notice> of(FixtureCouncil.Council council, boolean manager, NoticeKind kind) {
    long person = manager ? council.manager().getId() : council.officer().getId();
    return notices.of(person).stream().filter(n -> n.getKind() == kind).toList();
  }

  @Test
  void submittedFiguresAreToVerifyAndReturnedOnesGoBackToTheOfficerEachTime() {
    FixtureCouncil.Council council = fixtures.council();
    fixtures.open(councils.dueQuarter());
    IndicatorValue value = councils.enter(council, councils.dueQuarter(), "120");

    run.recordDue(TestClock.TODAY);
    assertThat(of(council, true, NoticeKind.VALUE_TO_VERIFY)).hasSize(1);
    assertThat(of(council, false, NoticeKind.LATE)).as("submitted, so not owed").isEmpty();

    entry.returnForCorrection(value.getId(), "The count leaves out October");
    run.recordDue(TestClock.TODAY);
    run.recordDue(TestClock.TODAY);
    assertThat(of(council, false, NoticeKind.VALUE_RETURNED))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getDetail()).contains("The count leaves out October");
              assertThat(n.getLink())
                  .startsWith("/indicators/" + council.indicator().getId() + "/enter?period=");
            });
    assertThat(of(council, false, NoticeKind.LATE)).as("owed again, and late").hasSize(1);

    entry.submit(value.getId(), council.asOfficer());
    run.recordDue(TestClock.TODAY);
    entry.returnForCorrection(value.getId(), "Still short");
    run.recordDue(TestClock.TODAY);
    assertThat(of(council, true, NoticeKind.VALUE_TO_VERIFY)).hasSize(2);
    assertThat(of(council, false, NoticeKind.VALUE_RETURNED)).hasSize(2);
    assertThat(of(council, false, NoticeKind.LATE)).as("late is told once").hasSize(1);
  }
}
