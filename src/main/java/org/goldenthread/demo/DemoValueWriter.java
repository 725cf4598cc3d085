package org.goldenthread.demo;

import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;

/**
 * Enters one of this year's demo values through the data-entry service and takes it as far as the
 * workflow stage asked for: E entered, S submitted, V verified, P published. The responsible
 * officer enters and submits; the accountable manager verifies.
 */
final class DemoValueWriter {

  private static final List<String> ON_TARGET =
      List.of(
          "On target. Performance is in line with the same period last year.",
          "Target met. Demand was steady and the team was fully staffed.",
          "On target. We continue to check this every month at the team meeting.",
          "Ahead of target, helped by the improvements made to the process last year.");

  private static final String FOR_INFORMATION =
      "Reported for information; no target is set for this measure.";

  private static final String REVIEW =
      "The service manager is looking into the figure and will report back at the next"
          + " performance meeting.";

  private final DataEntry entry;
  private final Indicator indicator;
  private final DemoIndicator row;
  private final PersonRef enteredBy;
  private final PersonRef verifiedBy;
  private final DemoYear first;

  DemoValueWriter(
      DataEntry entry,
      Indicator indicator,
      DemoIndicator row,
      PersonRef enteredBy,
      PersonRef verifiedBy,
      DemoYear first) {
    this.entry = entry;
    this.indicator = indicator;
    this.row = row;
    this.enteredBy = enteredBy;
    this.verifiedBy = verifiedBy;
    this.first = first;
  }

  void write(Period period, Measurement measurement, char stage) {
    String commentary = commentary(period);
    String action = row.action();
    IndicatorValue value =
        entry.enter(
            indicator, period, form(measurement, commentary, action, null), enteredBy, false);
    // Invented figures are placed to suit the story; a published one may miss its target.
    boolean published = DemoSeries.figure(row.setting("src"), period, first).isPresent();
    if (action == null && published && entry.statusOf(indicator, period).needsExplanation()) {
      value =
          entry.enter(
              indicator,
              period,
              form(measurement, commentary, REVIEW, value.getVersion()),
              enteredBy,
              false);
    }
    if (stage == 'E') {
      return;
    }
    entry.submit(value.getId(), enteredBy);
    if (stage == 'S') {
      return;
    }
    entry.verify(value.getId(), verifiedBy);
    if (stage == 'V') {
      return;
    }
    entry.publish(value.getId());
  }

  private String commentary(Period period) {
    if (row.why() != null) {
      return row.why();
    }
    if (row.outcome() == 'D') {
      return FOR_INFORMATION;
    }
    return ON_TARGET.get(Math.floorMod(period.index() + row.code().length(), ON_TARGET.size()));
  }

  private static ValueForm form(
      Measurement measurement, String commentary, String action, Long version) {
    return new ValueForm(
        plain(measurement.value()),
        plain(measurement.numerator()),
        plain(measurement.denominator()),
        commentary,
        action,
        null,
        version);
  }

  private static String plain(java.math.BigDecimal number) {
    return number == null ? null : number.toPlainString();
  }
}
