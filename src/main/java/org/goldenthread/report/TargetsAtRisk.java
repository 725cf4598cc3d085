package org.goldenthread.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.calc.OutturnRisk;

/**
 * Which of a report's indicators it lists as targets at risk (SPEC §4): those whose officer's
 * forecast or projected outturn would miss the annual target, at risk before on watch, then by
 * code. Plain Java, no Spring.
 */
final class TargetsAtRisk {

  private TargetsAtRisk() {}

  static List<Scorecard.Line> of(List<Scorecard.Line> lines, Map<Long, ScorecardMark> marks) {
    return lines.stream()
        .filter(l -> flagged(marks.get(l.indicator().getId())))
        .sorted(
            Comparator.comparing(
                    (Scorecard.Line l) ->
                        marks.get(l.indicator().getId()).risk() == OutturnRisk.AT_RISK ? 0 : 1)
                .thenComparing(l -> l.indicator().getCode()))
        .toList();
  }

  private static boolean flagged(ScorecardMark m) {
    return m != null && m.flagged();
  }
}
