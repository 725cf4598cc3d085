package org.goldenthread.framework;

import java.util.Collection;
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

  /**
   * The plans a partner organisation takes part in: approved by a body it sits on, or owned by one
   * of its people.
   */
  @Query(
      "select p.id from Plan p left join p.owner o left join p.approvingBody b"
          + " where b.id in ?2 or o.organisation.id = ?1")
  List<Long> idsTakenPartInBy(long organisationId, Collection<Long> bodyIds);
}
