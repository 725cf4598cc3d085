package org.goldenthread.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanApprovalRepository extends JpaRepository<PlanApproval, Long> {

  List<PlanApproval> findByPlanOrderByNumberDesc(Plan plan);

  Optional<PlanApproval> findByPlanAndNumber(Plan plan, int number);
}
