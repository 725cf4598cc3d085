package org.goldenthread.intervention;

import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluatedPeriodRepository extends JpaRepository<EvaluatedPeriod, Long> {

  List<EvaluatedPeriod> findByIndicator(Indicator indicator);

  List<EvaluatedPeriod> findByAction(Action action);
}
