package org.goldenthread.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskRepository extends JpaRepository<Risk, Long> {

  Optional<Risk> findByCodeIgnoreCase(String code);

  @Query(
      "select r from Risk r join fetch r.register join fetch r.category join fetch r.owner"
          + " left join fetch r.accountable order by r.register.level, r.register.name, r.code")
  List<Risk> findAllInOrder();

  @Query(
      "select r from Risk r join fetch r.register join fetch r.category join fetch r.owner"
          + " left join fetch r.accountable where r.register.id = ?1 order by r.code")
  List<Risk> findByRegister(long registerId);

  @Query(
      "select r from Risk r join fetch r.register join fetch r.category where r.owner.id = ?1"
          + " or r.accountable.id = ?1 order by r.nextReview, r.code")
  List<Risk> findByPerson(long personId);

  @Query(
      "select distinct r from Risk r join r.indicators i join fetch r.register join fetch"
          + " r.category where i.id in ?1 order by r.code")
  List<Risk> findLinkedToIndicators(Collection<Long> indicatorIds);

  @Query(
      "select distinct r from Risk r join r.actions a join fetch r.register join fetch r.category"
          + " where a.id in ?1 order by r.code")
  List<Risk> findLinkedToActions(Collection<Long> actionIds);

  @Query(
      "select distinct r from Risk r join r.items i join fetch r.register join fetch r.category"
          + " where i.id in ?1 order by r.code")
  List<Risk> findLinkedToItems(Collection<Long> itemIds);

  @Query(
      "select distinct r from Risk r join r.escalations e where e.fromRegister.id = ?1"
          + " or e.toRegister.id = ?1")
  List<Risk> findMovedThrough(long registerId);
}
