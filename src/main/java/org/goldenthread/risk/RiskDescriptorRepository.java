package org.goldenthread.risk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskDescriptorRepository extends JpaRepository<RiskDescriptor, Long> {

  List<RiskDescriptor> findAllByOrderByScaleAscAreaAscLevelAsc();
}
