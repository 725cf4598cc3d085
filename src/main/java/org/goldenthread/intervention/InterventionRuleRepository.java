package org.goldenthread.intervention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterventionRuleRepository extends JpaRepository<InterventionRule, Long> {

  List<InterventionRule> findAllByOrderByLevel();

  Optional<InterventionRule> findByLevel(int level);
}
