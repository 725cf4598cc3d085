package org.goldenthread.intervention;

import java.util.Collection;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterventionRepository extends JpaRepository<Intervention, Long> {

  /** An indicator's interventions, withdrawn ones too, earliest first. */
  @Query(
      "select distinct i from Intervention i left join fetch i.steps"
          + " where i.indicator = ?1 order by i.openedPeriod, i.id")
  List<Intervention> findByIndicator(Indicator indicator);

  /**
   * Many indicators' interventions at once, withdrawn ones too, each indicator's earliest first.
   */
  @Query(
      "select distinct i from Intervention i left join fetch i.steps"
          + " where i.indicator.id in ?1 order by i.openedPeriod, i.id")
  List<Intervention> findByIndicatorIds(Collection<Long> indicatorIds);

  @Query(
      "select distinct i from Intervention i left join fetch i.steps"
          + " where i.action = ?1 order by i.openedPeriod, i.id")
  List<Intervention> findByAction(Action action);

  /** Every open intervention (not withdrawn), highest level first. */
  @Query(
      "select i from Intervention i where i.state = org.goldenthread.intervention.InterventionState.OPEN"
          + " and i.withdrawnAt is null order by i.level desc, i.openedPeriod")
  List<Intervention> findOpen();
}
