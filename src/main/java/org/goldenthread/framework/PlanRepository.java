package org.goldenthread.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

  @Query(
      "select p from Plan p left join fetch p.owner left join fetch p.orgUnit"
          + " order by p.type, p.periodStart desc, p.title")
  List<Plan> findAllInOrder();

  Optional<Plan> findByCodeIgnoreCase(String code);

  @Query(
      "select p from Plan p where p.owner.id = ?1 and p.status <> org.goldenthread.framework.PlanStatus.ARCHIVED order by p.title")
  List<Plan> findOwnedBy(long personId);
}
