package org.goldenthread.action.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

  @Query("select d from Decision d join fetch d.body order by d.decidedOn desc, d.minuteReference")
  List<Decision> findAllInOrder();
}
