package org.goldenthread.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportDefinitionRepository extends JpaRepository<ReportDefinition, Long> {

  @Query("select r from ReportDefinition r order by lower(r.title), r.id")
  List<ReportDefinition> findAllInOrder();

  /** The reports scheduled for, or published to, any of these bodies. */
  @Query("select distinct s.reportDefinition.id from ReportSchedule s where s.body.id in ?1")
  List<Long> idsScheduledFor(Collection<Long> bodyIds);
}
