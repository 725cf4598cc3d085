package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.intervention.clinic.Clinic;
import org.goldenthread.intervention.clinic.ClinicItem;
import org.goldenthread.intervention.clinic.Clinics;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo council's Corporate Management Team held a performance clinic last quarter. */
@GoldenThreadTest
@Transactional
class DemoClinicTest {

  @Autowired Clinics clinics;

  @Test
  void theBoardHeldAClinicLastQuarterWithOutcomesAndRecognitions() {
    Clinic clinic =
        clinics.all().stream()
            .filter(c -> c.getBody().getName().equals("Corporate Management Team"))
            .filter(c -> c.getTitle().equals("Performance clinic"))
            .findFirst()
            .orElseThrow();

    assertThat(clinic.isHeld()).isTrue();
    assertThat(
            Period.containing(TestClock.TODAY, PeriodType.QUARTER)
                .previous()
                .contains(clinic.getHeldOn()))
        .isTrue();
    assertThat(clinic.getAttendeeIds()).isNotEmpty();
    assertThat(clinic.getItems()).isNotEmpty().allMatch(ClinicItem::isRecorded);
    assertThat(clinic.getItems()).allMatch(i -> i.getInterventionLevel() == 4);
    assertThat(clinic.getRecognitions()).isNotEmpty();
  }
}
