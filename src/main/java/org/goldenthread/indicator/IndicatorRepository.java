package org.goldenthread.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  Optional<Indicator> findByCodeIgnoreCase(String code);

  @Query("select i from Indicator i left join fetch i.responsible order by i.code")
  List<Indicator> findAllInOrder();

  /** Every indicator in code order with what its definition names, read at once: for exports. */
  @Query(
      "select i from Indicator i left join fetch i.responsible left join fetch"
          + " i.accountable left join fetch i.measures order by i.code")
  List<Indicator> findAllInOrderWithPeopleAndMeasures();

  /** The calculated indicators: those with a formula. */
  List<Indicator> findByFormulaIsNotNull();

  @Query(
      "select i from Indicator i where i.active = true and i.responsible.id = ?1 order by i.code")
  List<Indicator> findActiveByResponsible(long personId);

  @Query("select i.id, m.id from Indicator i join i.measures m")
  List<Object[]> findMeasuredItems();

  /**
   * The indicators a partner organisation takes part in: it provides their data, its people are
   * responsible or accountable for them, or they measure an item it takes part in.
   */
  @Query(
      "select distinct i.id from Indicator i left join i.responsible r left join i.accountable a"
          + " left join i.measures m"
          + " where i.dataProvider.id = ?1 or r.organisation.id = ?1 or a.organisation.id = ?1"
          + " or m.id in ?2")
  List<Long> idsTakenPartInBy(long organisationId, Collection<Long> itemIds);

  @Query(
      "select i from Indicator i where i.dataProvider.id = ?1 and i.active = true order by i.code")
  List<Indicator> findActiveByDataProvider(long organisationId);
}
