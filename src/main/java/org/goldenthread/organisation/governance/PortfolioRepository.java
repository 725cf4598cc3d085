package org.goldenthread.organisation.governance;

import java.util.List;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

  @Query("select p from Portfolio p left join fetch p.holder order by p.title")
  List<Portfolio> findAllWithHolders();

  List<Portfolio> findByHolderOrderByTitleAsc(Person holder);

  @Query("select p from Portfolio p join p.services s where s = ?1 order by p.title")
  List<Portfolio> findByService(OrgUnit service);
}
