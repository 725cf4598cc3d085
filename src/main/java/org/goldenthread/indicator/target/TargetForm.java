package org.goldenthread.indicator.target;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.goldenthread.indicator.Numbers;

/** One period's target, as entered on the targets page. */
record TargetForm(
    @NotBlank(message = "Enter the period, for example 2026/27 Q3 or 2026/27") String period,
    @NotBlank(message = "Enter the target")
        @Pattern(
            regexp = Numbers.PATTERN,
            message = "Enter the target as a number, like 96.5 or 120")
        String amount) {

  static TargetForm blank() {
    return new TargetForm(null, null);
  }
}
