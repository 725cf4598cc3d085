package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.Standing;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's calendar for the running year: made from the template, with tasks done, one
 * missed and one due. Other tests add entries of their own, so this looks at the demo's, made from
 * the template or owned by the demo's people.
 */
@GoldenThreadTest
@Transactional
class DemoCalendarTest {

  @Autowired CalendarService calendar;

  @Test
  void theRunningYearHasTasksDoneOneMissedAndOneDue() {
    List<CalendarEntry> demo =
        calendar.year(FinancialYear.of(TestClock.TODAY)).stream()
            .filter(
                e -> e.getTemplateId() != null || e.getTitle().equals("Quarterly returns chased"))
            .toList();
    assertThat(demo).hasSizeGreaterThan(calendar.template().size() - 1);
    assertThat(demo).filteredOn(e -> e.standing(TestClock.TODAY) == Standing.DONE).hasSize(4);
    assertThat(demo)
        .filteredOn(e -> e.standing(TestClock.TODAY) == Standing.MISSED)
        .singleElement()
        .satisfies(e -> assertThat(e.getOwnerPerson().getFullName()).isEqualTo("Priya Shah"));
    assertThat(demo)
        .filteredOn(e -> e.standing(TestClock.TODAY) == Standing.DUE)
        .extracting(CalendarEntry::getTitle)
        .contains("Quarterly returns chased");
  }
}
