package org.goldenthread.risk.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.goldenthread.risk.RiskCategory;

/** A category's appetite: the highest current score accepted, or empty for none. */
record AppetiteForm(
    @Min(value = 1, message = "The appetite is a score from 1 to 25, or left empty for none")
        @Max(value = 25, message = "The appetite is a score from 1 to 25, or left empty for none")
        Integer appetite,
    Long version) {

  static AppetiteForm of(RiskCategory category) {
    return new AppetiteForm(category.getAppetite(), category.getVersion());
  }

  AppetiteForm withVersion(Long version) {
    return new AppetiteForm(appetite, version);
  }
}
