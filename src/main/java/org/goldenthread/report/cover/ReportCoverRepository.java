package org.goldenthread.report.cover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportCoverRepository extends JpaRepository<ReportCover, Long> {

  Optional<ReportCover> findByReportDefinitionIdAndPeriodAndBodyId(
      long definitionId, String period, long bodyId);

  @Query(
      "select c from ReportCover c where c.reportDefinition.id = ?1 and c.period = ?2"
          + " order by c.meetingDate, c.id")
  List<ReportCover> findForPeriod(long definitionId, String period);

  /** The covers of earlier issues of a report, the latest meeting first: defaults for the next. */
  @Query(
      "select c from ReportCover c where c.reportDefinition.id = ?1"
          + " order by c.meetingDate desc, c.id desc")
  List<ReportCover> findLatestFirst(long definitionId);
}
