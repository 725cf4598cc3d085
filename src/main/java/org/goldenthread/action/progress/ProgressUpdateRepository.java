package org.goldenthread.action.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.action.Action;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

  Optional<ProgressUpdate> findByActionAndPeriod(Action action, Period period);

  List<ProgressUpdate> findByActionOrderByPeriodDesc(Action action);

  /** Every update of many actions in one query. */
  @Query("select u from ProgressUpdate u where u.action.id in :actionIds")
  List<ProgressUpdate> findByActionIds(@Param("actionIds") Collection<Long> actionIds);
}
