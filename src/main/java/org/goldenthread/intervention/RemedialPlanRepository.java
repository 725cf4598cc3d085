package org.goldenthread.intervention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RemedialPlanRepository extends JpaRepository<RemedialPlan, Long> {

  List<RemedialPlan> findByInterventionOrderByProposedAtAscIdAsc(Intervention intervention);

  /** Every plan in a state (proposed: waiting for a decision), the first proposed first. */
  List<RemedialPlan> findByStateOrderByProposedAtAscIdAsc(RemedialPlan.State state);
}
