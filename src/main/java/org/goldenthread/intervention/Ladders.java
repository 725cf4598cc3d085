package org.goldenthread.intervention;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ladder the performance team keeps (V034 seeds SPEC §8's default). */
@Service
@Transactional(readOnly = true)
public class Ladders {

  private final InterventionRuleRepository rules;

  Ladders(InterventionRuleRepository rules) {
    this.rules = rules;
  }

  /** The ladder as kept today. */
  public Ladder current() {
    return new Ladder(rules().stream().map(InterventionRule::toRule).toList());
  }

  public List<InterventionRule> rules() {
    return rules.findAllByOrderByLevel();
  }
}
