package org.goldenthread.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

  List<IndicatorTarget> findByIndicator(Indicator indicator);

  Optional<IndicatorTarget> findByIndicatorAndPeriod(Indicator indicator, Period period);

  @Query("select t from IndicatorTarget t where t.indicator.id in ?1")
  List<IndicatorTarget> findByIndicatorIds(Collection<Long> indicatorIds);

  /** Each target's id, indicator id and period, for matching an import's rows to what exists. */
  @Query("select t.id, t.indicator.id, t.period from IndicatorTarget t where t.indicator.id in ?1")
  List<Object[]> findKeysByIndicatorIds(Collection<Long> indicatorIds);
}
