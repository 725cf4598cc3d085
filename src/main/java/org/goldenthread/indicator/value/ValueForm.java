package org.goldenthread.indicator.value;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.goldenthread.indicator.Numbers;

/** A value as an officer enters it: the figure (or numerator and denominator) and commentary. */
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
    Long version) {

  static ValueForm of(IndicatorValue v) {
    return new ValueForm(
        Numbers.plain(v.getAmount()),
        Numbers.plain(v.getNumerator()),
        Numbers.plain(v.getDenominator()),
        v.getCommentary(),
        v.getRemedialAction(),
        null,
        v.getVersion());
  }

  static ValueForm blank() {
    return new ValueForm(null, null, null, null, null, null, null);
  }

  ValueForm withVersion(long newVersion) {
    return new ValueForm(
        actual, numerator, denominator, commentary, remedialAction, changeReason, newVersion);
  }
}
