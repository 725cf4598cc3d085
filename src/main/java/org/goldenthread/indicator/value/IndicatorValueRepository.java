package org.goldenthread.indicator.value;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

  List<IndicatorValue> findByIndicator(Indicator indicator);

  Optional<IndicatorValue> findByIndicatorAndPeriod(Indicator indicator, Period period);

  @Query("select v from IndicatorValue v where v.indicator.id in ?1")
  List<IndicatorValue> findByIndicatorIds(Collection<Long> indicatorIds);

  @Query("select v from IndicatorValue v where v.indicator.id in ?1 and v.period in ?2")
  List<IndicatorValue> findByIndicatorIdsAndPeriods(
      Collection<Long> indicatorIds, Collection<Period> periods);

  /**
   * What was said with each value of these indicators for these periods, as rows of value id,
   * indicator id, period, commentary and remedial action: no entity per value.
   */
  @Query(
      "select v.id, v.indicator.id, v.period, v.commentary, v.remedialAction"
          + " from IndicatorValue v where v.indicator.id in ?1 and v.period in ?2")
  List<Object[]> findSaidByIndicatorIdsAndPeriods(
      Collection<Long> indicatorIds, Collection<Period> periods);

  /** As above, for every indicator: for asking about very many indicators at once. */
  @Query(
      "select v.id, v.indicator.id, v.period, v.commentary, v.remedialAction"
          + " from IndicatorValue v where v.period in ?1")
  List<Object[]> findSaidByPeriods(Collection<Period> periods);

  /** Every indicator's values for these periods: for asking about very many indicators at once. */
  @Query("select v from IndicatorValue v where v.period in ?1")
  List<IndicatorValue> findByPeriods(Collection<Period> periods);

  @Query("select v from IndicatorValue v where v.indicator.id in ?1 and v.state = ?2")
  List<IndicatorValue> findByIndicatorIdsAndState(Collection<Long> indicatorIds, ValueState state);

  /**
   * Just the figures, for some financial years (period labels start with the year's label), of
   * every value or, with {@code publishedOnly}, of the published ones: what the public may see.
   */
  @Query(
      value =
          "select indicator_id, period, amount, numerator, denominator from indicator_value"
              + " where indicator_id in (:ids) and (period like :first or period like :second)"
              + " and (:publishedOnly = false or state = 'PUBLISHED')",
      nativeQuery = true)
  List<Object[]> findFigures(
      @Param("ids") Collection<Long> ids,
      @Param("first") String firstYearPrefix,
      @Param("second") String secondYearPrefix,
      @Param("publishedOnly") boolean publishedOnly);

  /**
   * Just the figures of every period of these indicators, or with {@code publishedOnly} of their
   * published values: reading many indicators' whole history without loading each value.
   */
  @Query(
      value =
          "select indicator_id, period, amount, numerator, denominator from indicator_value"
              + " where indicator_id in (:ids)"
              + " and (:publishedOnly = false or state = 'PUBLISHED')",
      nativeQuery = true)
  List<Object[]> findAllFigures(
      @Param("ids") Collection<Long> ids, @Param("publishedOnly") boolean publishedOnly);

  /** As {@link #findFigures}, for every indicator: for asking about very many at once. */
  @Query(
      value =
          "select indicator_id, period, amount, numerator, denominator from indicator_value"
              + " where (period like :first or period like :second)"
              + " and (:publishedOnly = false or state = 'PUBLISHED')",
      nativeQuery = true)
  List<Object[]> findEveryFigure(
      @Param("first") String firstYearPrefix,
      @Param("second") String secondYearPrefix,
      @Param("publishedOnly") boolean publishedOnly);

  /** Each value's indicator id, period and state: what the intervention ladder reads in bulk. */
  @Query(
      "select v.indicator.id, v.period, v.state from IndicatorValue v where v.indicator.id in ?1")
  List<Object[]> findStatesByIndicatorIds(Collection<Long> indicatorIds);

  /**
   * Every officer's year-end forecast, with its basis: indicator id, period, forecast, basis (few
   * values carry one, so all are read at once for a scorecard).
   */
  @Query(
      value =
          "select indicator_id, period, forecast, forecast_basis from indicator_value"
              + " where forecast is not null",
      nativeQuery = true)
  List<Object[]> findEveryForecast();

  /**
   * The least period label of any value: every label begins with its financial year ("2024/25 Q1"),
   * so its year is the first year any value is recorded for.
   */
  @Query(value = "select min(period) from indicator_value", nativeQuery = true)
  String findEarliestPeriod();

  /** Each value's id, indicator id and period, for matching an import's rows to what exists. */
  @Query("select v.id, v.indicator.id, v.period from IndicatorValue v where v.indicator.id in ?1")
  List<Object[]> findKeysByIndicatorIds(Collection<Long> indicatorIds);

  @Query(
      "select v from IndicatorValue v join fetch v.indicator where v.state = ?1"
          + " order by v.submittedAt")
  List<IndicatorValue> findByState(ValueState state);
}
