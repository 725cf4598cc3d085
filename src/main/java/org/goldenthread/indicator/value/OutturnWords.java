package org.goldenthread.indicator.value;

import java.math.BigDecimal;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.calc.Outturn;

/**
 * The year-end outlook in words, for an officer: whether the annual target is at risk, and the
 * figures it was judged on. "On track" is said only when a figure was judged; with no annual target
 * or no figure, nothing is.
 */
public final class OutturnWords {

  private static final Figures FIGURES = new Figures();

  private OutturnWords() {}

  /**
   * Whether any figure was judged against an annual target: not for a data-only indicator (no
   * better direction), nor without an annual target or a figure.
   */
  public static boolean judged(Polarity polarity, Outturn outturn) {
    return polarity != Polarity.NONE
        && outturn.annualTarget() != null
        && (outturn.projectedOutturn() != null || outturn.forecast() != null);
  }

  /** "Target at risk", "Watch" or "On track"; "Not judged" when nothing could be. */
  public static String verdict(Polarity polarity, Outturn outturn) {
    if (!judged(polarity, outturn)) {
      return "Not judged";
    }
    return switch (outturn.risk()) {
      case AT_RISK -> "Target at risk";
      case WATCH -> "Watch";
      case NONE -> "On track";
    };
  }

  /** A shape that repeats the verdict, so that it never rests on colour alone. */
  public static String symbol(Polarity polarity, Outturn outturn) {
    if (!judged(polarity, outturn)) {
      return "–";
    }
    return switch (outturn.risk()) {
      case AT_RISK -> "✖";
      case WATCH -> "▲";
      case NONE -> "✔";
    };
  }

  /** The GOV.UK tag colour that repeats the verdict. */
  public static String colour(Polarity polarity, Outturn outturn) {
    if (!judged(polarity, outturn)) {
      return "grey";
    }
    return switch (outturn.risk()) {
      case AT_RISK -> "red";
      case WATCH -> "yellow";
      case NONE -> "green";
    };
  }

  /** What the verdict means, in a sentence. */
  public static String meaning(Polarity polarity, Outturn outturn) {
    if (polarity == Polarity.NONE) {
      return "The indicator is data only, with no better direction, so the year-end outlook is not"
          + " judged.";
    }
    if (outturn.annualTarget() == null) {
      return "The year has no annual target, so the year-end outlook cannot be judged.";
    }
    if (!judged(polarity, outturn)) {
      return "No figure for the year yet: no value has been recorded this year and no forecast"
          + " given.";
    }
    return switch (outturn.risk()) {
      case AT_RISK ->
          "The forecast or the projection would miss the annual target beyond its" + " tolerance.";
      case WATCH ->
          "The forecast or the projection would miss the annual target, but within its"
              + " tolerance.";
      case NONE -> "Neither the forecast nor the projection would miss the annual target.";
    };
  }

  /**
   * One sentence for the page shown after saving: "Year end: your forecast 380, projected outturn
   * 410, against the annual target of 400: Watch."
   */
  public static String sentence(Indicator indicator, Outturn outturn) {
    Polarity polarity = indicator.getPolarity();
    if (polarity == Polarity.NONE) {
      return "The indicator is data only, so its year-end outlook is not judged.";
    }
    if (outturn.annualTarget() == null) {
      return "No year-end projection: the year has no annual target.";
    }
    if (!judged(polarity, outturn)) {
      return "No year-end projection yet.";
    }
    StringBuilder text = new StringBuilder("Year end: ");
    if (outturn.forecast() != null) {
      text.append("your forecast ").append(figure(indicator, outturn.forecast()));
      text.append(outturn.projectedOutturn() != null ? ", " : " ");
    }
    if (outturn.projectedOutturn() != null) {
      text.append("projected outturn ")
          .append(figure(indicator, outturn.projectedOutturn()))
          .append(", ");
    }
    return text.append("against the annual target of ")
        .append(figure(indicator, outturn.annualTarget()))
        .append(": ")
        .append(verdict(polarity, outturn))
        .append('.')
        .toString();
  }

  private static String figure(Indicator indicator, BigDecimal value) {
    return FIGURES.of(indicator, value);
  }
}
