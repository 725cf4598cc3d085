package org.goldenthread.report.publish;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublishedReportRepository extends JpaRepository<PublishedReport, Long> {

  Optional<PublishedReport> findByReportDefinitionIdAndPeriod(long definitionId, String period);

  List<PublishedReport> findByReportDefinitionIdOrderByPublishedAtDesc(long definitionId);

  @Query("select p.id from PublishedReport p where p.body.id in ?1")
  List<Long> idsPublishedTo(Collection<Long> bodyIds);
}
