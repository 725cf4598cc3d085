package org.goldenthread.intervention.clinic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.period.PeriodType;

/** Every problem with what a clinic records for an item, field by field, in the form's order. */
final class ItemChecks {

  private ItemChecks() {}

  static Map<String, String> problems(ItemForm form, ClinicItem item, boolean alreadyChanged) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (form.challenge() == null || form.challenge().isBlank()) {
      problems.put("challenge", "Write the challenge the clinic raised");
    }
    boolean monitoring = form.chosen().contains(ClinicOutcome.MORE_FREQUENT_MONITORING);
    if (form.chosen().isEmpty()) {
      problems.put("outcomes", "Choose at least one outcome");
    } else if (monitoring && item.getIndicator() == null) {
      problems.put(
          "outcomes",
          "More frequent monitoring changes how often an indicator is collected: this item is "
              + (item.getAction() != null ? "an action" : "a risk"));
    }
    if (monitoring && item.getIndicator() != null && !alreadyChanged) {
      PeriodType now = item.getIndicator().getFrequency();
      if (form.frequency() == null) {
        problems.put("frequency", "Choose how often the indicator is collected from now on");
      } else if (form.frequency().months() >= now.months()) {
        problems.put(
            "frequency",
            "Choose a frequency more often than now: "
                + item.getIndicator().getCode()
                + " is collected "
                + often(now));
      }
    } else if (!monitoring && form.frequency() != null && !alreadyChanged) {
      problems.put(
          "frequency",
          "Choose the outcome \"More frequent monitoring\" to change how often it is collected,"
              + " or leave how often empty");
    }
    return problems;
  }

  /** "monthly", "quarterly", "half-yearly", "annually". */
  static String often(PeriodType type) {
    return switch (type) {
      case MONTH -> "monthly";
      case QUARTER -> "quarterly";
      case HALF_YEAR -> "half-yearly";
      case FINANCIAL_YEAR -> "annually";
    };
  }

  static String oftenCapitalised(PeriodType type) {
    String word = often(type);
    return word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1);
  }
}
