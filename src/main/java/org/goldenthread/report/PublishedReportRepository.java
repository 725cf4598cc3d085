package org.goldenthread.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedReportRepository extends JpaRepository<PublishedReport, Long> {

  Optional<PublishedReport> findByReportDefinitionIdAndPeriod(long definitionId, String period);

  List<PublishedReport> findByReportDefinitionIdOrderByPublishedAtDesc(long definitionId);
}
