package org.goldenthread.indicator.target;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

  List<IndicatorTarget> findByIndicator(Indicator indicator);

  Optional<IndicatorTarget> findByIndicatorAndPeriod(Indicator indicator, Period period);

  /** Just the amounts, for some financial years (period labels start with the year's label). */
  @Query(
      value =
          "select indicator_id, period, amount from indicator_target"
              + " where indicator_id in (:ids) and (period like :first or period like :second)",
      nativeQuery = true)
  List<Object[]> findAmounts(
      @Param("ids") Collection<Long> ids,
      @Param("first") String firstYearPrefix,
      @Param("second") String secondYearPrefix);

  /** As {@link #findAmounts}, for every indicator: for asking about very many at once. */
  @Query(
      value =
          "select indicator_id, period, amount from indicator_target"
              + " where period like :first or period like :second",
      nativeQuery = true)
  List<Object[]> findEveryAmount(
      @Param("first") String firstYearPrefix, @Param("second") String secondYearPrefix);

  @Query("select t from IndicatorTarget t where t.indicator.id in ?1")
  List<IndicatorTarget> findByIndicatorIds(Collection<Long> indicatorIds);

  /** Each target's id, indicator id and period, for matching an import's rows to what exists. */
  @Query("select t.id, t.indicator.id, t.period from IndicatorTarget t where t.indicator.id in ?1")
  List<Object[]> findKeysByIndicatorIds(Collection<Long> indicatorIds);
}
