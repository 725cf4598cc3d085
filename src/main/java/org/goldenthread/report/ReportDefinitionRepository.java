package org.goldenthread.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportDefinitionRepository extends JpaRepository<ReportDefinition, Long> {

  @Query("select r from ReportDefinition r order by lower(r.title), r.id")
  List<ReportDefinition> findAllInOrder();
}
