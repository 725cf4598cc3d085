package org.goldenthread.indicator.commentary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalculatedCommentaryRepository extends JpaRepository<CalculatedCommentary, Long> {

  List<CalculatedCommentary> findByIndicator(Indicator indicator);

  Optional<CalculatedCommentary> findByIndicatorAndPeriod(Indicator indicator, Period period);

  @Query("select c from CalculatedCommentary c where c.indicator.id in ?1 and c.period in ?2")
  List<CalculatedCommentary> findByIndicatorIdsAndPeriods(
      Collection<Long> indicatorIds, Collection<Period> periods);
}
