package org.goldenthread.indicator.value;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.goldenthread.indicator.Numbers;

/**
 * A value as an officer enters it: the figure (or numerator and denominator), commentary, and the
 * officer's year-end forecast with its basis (both optional).
 */
public record ValueForm(
    @Pattern(regexp = Numbers.PATTERN, message = "Enter the value as a number, like 96.5 or -3")
        String actual,
    @Pattern(regexp = Numbers.PATTERN, message = "Enter the numerator as a number, like 482")
        String numerator,
    @Pattern(regexp = Numbers.PATTERN, message = "Enter the denominator as a number, like 500")
        String denominator,
    @Size(max = 4000, message = "Commentary must be 4,000 characters or fewer") String commentary,
    @Size(max = 4000, message = "Remedial action must be 4,000 characters or fewer")
        String remedialAction,
    @Size(max = 1000, message = "The reason must be 1,000 characters or fewer") String changeReason,
    @Pattern(
            regexp = Numbers.PATTERN,
            message = "Enter the year-end forecast as a number, like 410 or 96.5")
        String forecast,
    @Size(max = 1000, message = "The basis of the forecast must be 1,000 characters or fewer")
        String forecastBasis,
    Long version) {

  /** A value with no forecast. */
  public ValueForm(
      String actual,
      String numerator,
      String denominator,
      String commentary,
      String remedialAction,
      String changeReason,
      Long version) {
    this(
        actual,
        numerator,
        denominator,
        commentary,
        remedialAction,
        changeReason,
        null,
        null,
        version);
  }

  static ValueForm of(IndicatorValue v) {
    return new ValueForm(
        Numbers.plain(v.getAmount()),
        Numbers.plain(v.getNumerator()),
        Numbers.plain(v.getDenominator()),
        v.getCommentary(),
        v.getRemedialAction(),
        null,
        Numbers.plain(v.getForecast()),
        v.getForecastBasis(),
        v.getVersion());
  }

  static ValueForm blank() {
    return new ValueForm(null, null, null, null, null, null, null, null, null);
  }

  /** The same value with this year-end forecast and basis. */
  public ValueForm withForecast(String forecast, String basis) {
    return new ValueForm(
        actual,
        numerator,
        denominator,
        commentary,
        remedialAction,
        changeReason,
        forecast,
        basis,
        version);
  }

  ValueForm withVersion(long newVersion) {
    return new ValueForm(
        actual,
        numerator,
        denominator,
        commentary,
        remedialAction,
        changeReason,
        forecast,
        forecastBasis,
        newVersion);
  }
}
