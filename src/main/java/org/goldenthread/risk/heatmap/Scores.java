package org.goldenthread.risk.heatmap;

import java.util.Locale;
import java.util.Optional;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.Score;

/** Which of a risk's three scores a heat map places it by. */
public enum Scores {
  CURRENT("current"),
  INHERENT("inherent"),
  TARGET("target");

  private final String word;

  Scores(String word) {
    this.word = word;
  }

  /** As the addresses and the page say it: "current", "inherent", "target". */
  public String word() {
    return word;
  }

  public Score of(RiskFacts facts) {
    return switch (this) {
      case CURRENT -> facts.current();
      case INHERENT -> facts.inherent();
      case TARGET -> facts.target();
    };
  }

  /** The scores a request names, current when it names none; empty when it names something else. */
  public static Optional<Scores> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(CURRENT);
    }
    String wanted = text.strip().toLowerCase(Locale.UK);
    for (Scores scores : values()) {
      if (scores.word.equals(wanted)) {
        return Optional.of(scores);
      }
    }
    return Optional.empty();
  }
}
