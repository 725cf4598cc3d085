package org.goldenthread.indicator.reporting;

import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

  Optional<ReportingPeriod> findByPeriod(Period period);

  List<ReportingPeriod> findByState(ReportingPeriodState state);
}
