package org.goldenthread.risk;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Works out a risk's {@link RiskFacts} with the council's bands, today or on a report's day. */
@Component
public class RiskScoring {

  private final RiskBands bands;
  private final Clock clock;

  RiskScoring(RiskBands bands, Clock clock) {
    this.bands = bands;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public RiskFacts facts(Risk risk) {
    return facts(risk, today());
  }

  /**
   * The facts as they stood on {@code day}: the current score is the one in force then (today's for
   * today), its movement since the end of the quarter before.
   */
  public RiskFacts facts(Risk risk, LocalDate day) {
    Score current =
        day.isBefore(today()) ? risk.scoreOn(day).orElseGet(risk::current) : risk.current();
    return new RiskFacts(
        risk.inherent(),
        current,
        risk.target(),
        bands.band(current),
        risk.getCategory().isAboveAppetite(current.value()),
        RiskFacts.movement(risk, day),
        RiskFacts.previousScore(risk, day),
        risk.getNextReview(),
        risk.isOverdue(day));
  }

  public RiskBands bands() {
    return bands;
  }
}
