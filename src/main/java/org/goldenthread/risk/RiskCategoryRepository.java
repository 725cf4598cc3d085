package org.goldenthread.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskCategoryRepository extends JpaRepository<RiskCategory, Long> {

  List<RiskCategory> findAllByOrderBySortOrderAscNameAsc();

  Optional<RiskCategory> findByCodeIgnoreCase(String code);

  Optional<RiskCategory> findByNameIgnoreCase(String name);
}
