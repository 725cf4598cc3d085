package org.goldenthread.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskRegisterRepository extends JpaRepository<RiskRegister, Long> {

  Optional<RiskRegister> findByCodeIgnoreCase(String code);

  List<RiskRegister> findByNameIgnoreCase(String name);

  List<RiskRegister> findByLevel(RiskLevel level);

  @Query(
      "select g from RiskRegister g left join fetch g.orgUnit left join fetch g.plan"
          + " left join fetch g.body order by g.level, g.name")
  List<RiskRegister> findAllInOrder();
}
