package org.goldenthread.report.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportDistributionRepository extends JpaRepository<ReportDistribution, Long> {

  Optional<ReportDistribution> findByReportScheduleIdAndMeetingOn(
      long reportScheduleId, LocalDate meetingOn);

  @Query(
      "select d from ReportDistribution d join fetch d.reportDefinition join fetch d.body"
          + " order by d.meetingOn desc, d.id desc")
  List<ReportDistribution> findAllInOrder();
}
