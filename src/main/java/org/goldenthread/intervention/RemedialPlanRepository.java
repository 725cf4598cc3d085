package org.goldenthread.intervention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RemedialPlanRepository extends JpaRepository<RemedialPlan, Long> {

  List<RemedialPlan> findByInterventionOrderByProposedAtAscIdAsc(Intervention intervention);

  /** The plans of many interventions at once, earliest proposed first: for a report. */
  @Query("select p from RemedialPlan p where p.intervention in ?1 order by p.proposedAt, p.id")
  List<RemedialPlan> findByInterventions(Collection<Intervention> interventions);

  /** Every plan in a state (proposed: waiting for a decision), the first proposed first. */
  List<RemedialPlan> findByStateOrderByProposedAtAscIdAsc(RemedialPlan.State state);
}
