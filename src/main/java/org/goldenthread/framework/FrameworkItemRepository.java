package org.goldenthread.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FrameworkItemRepository extends JpaRepository<FrameworkItem, Long> {

  Optional<FrameworkItem> findByCodeIgnoreCase(String code);

  @Query(
      "select i from FrameworkItem i left join fetch i.responsible where i.plan = ?1"
          + " order by i.sortOrder, i.code")
  List<FrameworkItem> findByPlan(Plan plan);

  @Query("select i from FrameworkItem i join i.contributesTo p where p = ?1 order by i.code")
  List<FrameworkItem> findContributorsTo(FrameworkItem parent);

  @Query(
      "select i.id, i.code, i.title, i.type, pl.id, i.sortOrder from FrameworkItem i"
          + " left join i.plan pl")
  List<Object[]> findNodes();

  @Query("select i.id, p.id from FrameworkItem i join i.contributesTo p")
  List<Object[]> findLinks();

  @Query(
      "select i from FrameworkItem i where i.responsible.id = ?1 or i.accountable.id = ?1"
          + " order by i.type, i.code")
  List<FrameworkItem> findByPerson(long personId);

  @Query("select i from FrameworkItem i order by i.type, i.code")
  List<FrameworkItem> findAllInOrder();

  /**
   * The items of these plans, with the items a partner organisation's people are responsible or
   * accountable for, or that a body it sits on is accountable for.
   */
  @Query(
      "select i.id from FrameworkItem i left join i.responsible r left join i.accountable a"
          + " left join i.accountableBody b"
          + " where i.plan.id in ?2 or r.organisation.id = ?1 or a.organisation.id = ?1"
          + " or b.id in ?3")
  List<Long> idsTakenPartInBy(
      long organisationId, Collection<Long> planIds, Collection<Long> bodyIds);
}
