package org.goldenthread.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  Optional<Indicator> findByCodeIgnoreCase(String code);

  @Query("select i from Indicator i left join fetch i.responsible order by i.code")
  List<Indicator> findAllInOrder();

  @Query(
      "select i from Indicator i where i.active = true and i.responsible.id = ?1 order by i.code")
  List<Indicator> findActiveByResponsible(long personId);

  @Query("select i.id, m.id from Indicator i join i.measures m")
  List<Object[]> findMeasuredItems();
}
