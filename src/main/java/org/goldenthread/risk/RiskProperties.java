package org.goldenthread.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's risk settings (SPEC §6): the score bands, as the highest score of the low and of
 * the medium band (GOLDENTHREAD_RISKS_LOW_MAX, ..._MEDIUM_MAX; a score above the medium band is
 * high), and each band's word, colour and symbol (..._LOW_WORD, ..._LOW_COLOUR, ..._LOW_SYMBOL and
 * so on). The defaults: 1–4 low, 5–12 medium, 15–25 high.
 */
@ConfigurationProperties("goldenthread.risks")
public record RiskProperties(
    @DefaultValue("4") int lowMax,
    @DefaultValue("12") int mediumMax,
    @DefaultValue("Low") String lowWord,
    @DefaultValue("Medium") String mediumWord,
    @DefaultValue("High") String highWord,
    @DefaultValue("#00703c") String lowColour,
    @DefaultValue("#f47738") String mediumColour,
    @DefaultValue("#d4351c") String highColour,
    @DefaultValue("●") String lowSymbol,
    @DefaultValue("◆") String mediumSymbol,
    @DefaultValue("▲") String highSymbol) {

  public RiskProperties {
    if (lowMax < 1 || mediumMax <= lowMax || mediumMax >= 25) {
      throw new IllegalArgumentException(
          "Risk bands need 1 <= low max < medium max < 25, not " + lowMax + " and " + mediumMax);
    }
  }
}
