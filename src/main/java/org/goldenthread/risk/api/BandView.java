package org.goldenthread.risk.api;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.RiskBands;

/**
 * A score band as the council has set it: the lowest and highest scores it covers, and how it is
 * shown, so a program can work out bands itself.
 */
record BandView(Band band, String word, int lowest, int highest, String colour, String symbol) {

  static List<BandView> all(RiskBands bands) {
    List<BandView> views = new ArrayList<>();
    for (Band band : Band.values()) {
      int lowest = 0;
      int highest = 0;
      for (int score = 1; score <= 25; score++) {
        if (bands.band(score) == band) {
          lowest = lowest == 0 ? score : lowest;
          highest = score;
        }
      }
      RiskBands.Look look = bands.look(band);
      views.add(new BandView(band, look.word(), lowest, highest, look.colour(), look.symbol()));
    }
    return views;
  }
}
