package org.goldenthread.intervention.register;

import java.util.List;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.intervention.InterventionNote;
import org.goldenthread.intervention.InterventionRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's interventions for its page, used from the template as {@code
 * @indicatorInterventions} (the indicator module never names the intervention module, which
 * depends on it): open ones first, each with its steps in order and the notes of what a
 * re-evaluation changed. Withdrawn ones are left out.
 */
@Component("indicatorInterventions")
@Transactional(readOnly = true)
public class IndicatorInterventions {

  /** One intervention as the indicator page shows it. */
  public record Item(InterventionRegister.Entry entry, List<InterventionNote> notes) {}

  private final IndicatorService indicators;
  private final InterventionRegister register;

  IndicatorInterventions(IndicatorService indicators, InterventionRegister register) {
    this.indicators = indicators;
    this.register = register;
  }

  public List<Item> of(long indicatorId) {
    return register.of(indicators.get(indicatorId)).stream()
        .map(e -> new Item(e, register.notes(e.intervention())))
        .toList();
  }
}
