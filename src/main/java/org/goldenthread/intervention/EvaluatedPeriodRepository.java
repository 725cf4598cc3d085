package org.goldenthread.intervention;

import java.util.Collection;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluatedPeriodRepository extends JpaRepository<EvaluatedPeriod, Long> {

  List<EvaluatedPeriod> findByIndicator(Indicator indicator);

  List<EvaluatedPeriod> findByAction(Action action);

  @Query("select e from EvaluatedPeriod e where e.indicator.id in ?1")
  List<EvaluatedPeriod> findByIndicatorIds(Collection<Long> indicatorIds);
}
