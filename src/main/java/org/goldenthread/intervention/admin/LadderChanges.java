package org.goldenthread.intervention.admin;

import org.goldenthread.intervention.InterventionEvaluation;
import org.goldenthread.intervention.InterventionRule;
import org.goldenthread.intervention.InterventionRuleRepository;
import org.goldenthread.intervention.Rule;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rule of the ladder changed by the performance team (audited, with who by id), and every
 * indicator and action evaluated again on the ladder as it now is, in the same transaction: what
 * the change makes of their periods is recorded, and each intervention it changed says so.
 */
@Service
@Transactional
class LadderChanges {

  private final InterventionRuleRepository rules;
  private final InterventionEvaluation evaluation;

  LadderChanges(InterventionRuleRepository rules, InterventionEvaluation evaluation) {
    this.rules = rules;
    this.evaluation = evaluation;
  }

  @Transactional(readOnly = true)
  InterventionRule at(int level) {
    return rules
        .findByLevel(level)
        .orElseThrow(() -> new RecordNotFoundException("Level of the ladder", level));
  }

  InterventionRule change(Rule rule, Long version) {
    InterventionRule kept = at(rule.level());
    Versioned.check("rule of the ladder", kept.getVersion(), version);
    kept.set(rule, rule.trigger().onSignal());
    rules.flush();
    evaluation.evaluateAll();
    return kept;
  }
}
