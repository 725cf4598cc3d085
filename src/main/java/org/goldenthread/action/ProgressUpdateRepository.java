package org.goldenthread.action;

import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

  Optional<ProgressUpdate> findByActionAndPeriod(Action action, Period period);

  List<ProgressUpdate> findByActionOrderByPeriodDesc(Action action);
}
