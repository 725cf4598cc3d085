package org.goldenthread.indicator.target;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.RuleViolationException;

/**
 * An annual target and how to spread it across the year: into quarters or months, evenly or by a
 * profile of comma-separated figures.
 */
record ProfileForm(
    @NotBlank(message = "Choose the financial year") String year,
    @NotBlank(message = "Enter the annual target")
        @Pattern(
            regexp = Numbers.PATTERN,
            message = "Enter the annual target as a number, like 120 or 97.5")
        String annual,
    @NotNull(message = "Choose whether to set the year only, or quarters or months too")
        PeriodType into,
    @Size(max = 500, message = "The profile must be 500 characters or fewer") String weights) {

  static ProfileForm blank(String year) {
    return new ProfileForm(year, null, PeriodType.FINANCIAL_YEAR, null);
  }

  /** The profile figures, in order; empty to share the target evenly. */
  List<BigDecimal> profile() {
    List<BigDecimal> figures = new ArrayList<>();
    if (weights == null || weights.isBlank()) {
      return figures;
    }
    for (String figure : weights.split(",")) {
      if (!figure.matches(Numbers.PATTERN) || figure.isBlank()) {
        throw new RuleViolationException(
            "weights",
            "Enter the profile as numbers separated by commas, like 20, 30, 30, 20, or leave it"
                + " empty to share the target evenly");
      }
      figures.add(new BigDecimal(figure.trim()));
    }
    return figures;
  }
}
