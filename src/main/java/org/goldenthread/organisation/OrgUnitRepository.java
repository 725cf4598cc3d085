package org.goldenthread.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

  @Query("select u from OrgUnit u left join fetch u.head order by u.sortOrder, u.name")
  List<OrgUnit> findAllWithHeads();

  Optional<OrgUnit> findByCodeIgnoreCase(String code);

  List<OrgUnit> findByParentOrderBySortOrderAscNameAsc(OrgUnit parent);

  List<OrgUnit> findByHead(Person head);
}
