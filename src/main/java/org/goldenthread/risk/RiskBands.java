package org.goldenthread.risk;

import org.springframework.stereotype.Component;

/** Which band a score falls in, and how each band is shown: word, colour and symbol (SPEC §6). */
@Component
public class RiskBands {

  /** How a band is shown: never by colour alone. */
  public record Look(Band band, String word, String colour, String symbol) {}

  private final RiskProperties settings;

  RiskBands(RiskProperties settings) {
    this.settings = settings;
  }

  public Band band(int score) {
    if (score <= settings.lowMax()) {
      return Band.LOW;
    }
    return score <= settings.mediumMax() ? Band.MEDIUM : Band.HIGH;
  }

  public Band band(Score score) {
    return band(score.value());
  }

  public Look look(Band band) {
    return switch (band) {
      case LOW -> new Look(band, settings.lowWord(), settings.lowColour(), settings.lowSymbol());
      case MEDIUM ->
          new Look(band, settings.mediumWord(), settings.mediumColour(), settings.mediumSymbol());
      case HIGH ->
          new Look(band, settings.highWord(), settings.highColour(), settings.highSymbol());
    };
  }

  public Look look(int score) {
    return look(band(score));
  }

  /** The scores a band covers, as the settings page and the key under a heat map say them. */
  public String range(Band band) {
    return switch (band) {
      case LOW -> "1 to " + settings.lowMax();
      case MEDIUM -> (settings.lowMax() + 1) + " to " + settings.mediumMax();
      case HIGH -> (settings.mediumMax() + 1) + " to 25";
    };
  }
}
