package org.goldenthread.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

  @Query(
      """
      select p from Person p left join fetch p.orgUnit
      where (:name is null or lower(p.fullName) like lower(concat('%', cast(:name as string), '%')))
        and (:type is null or p.type = :type)
      order by p.fullName
      """)
  List<Person> search(@Param("name") String name, @Param("type") PersonType type);

  List<Person> findByOrgUnitOrderByFullNameAsc(OrgUnit unit);

  List<Person> findByLineManagerOrderByFullNameAsc(Person manager);

  List<Person> findByOrganisationOrderByFullNameAsc(Organisation organisation);
}
