package org.goldenthread.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ItemForm;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GoldenThreadTest
class IndicatorCoverageTest {

  @Autowired FrameworkService framework;
  @Autowired IndicatorService indicators;
  @Autowired GapCheck gaps;

  @Test
  void aPriorityIsNoLongerAGapOnceAnIndicatorMeasuresSomethingBeneathIt() {
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    FrameworkItem priority =
        framework.create(
            new ItemForm(
                "CP-" + run,
                "Cleaner streets",
                ItemType.PRIORITY,
                null,
                null,
                null,
                null,
                null,
                "0",
                null,
                null));
    FrameworkItem objective =
        framework.create(
            new ItemForm(
                "CO-" + run,
                "Clear fly-tipping in a day",
                ItemType.OBJECTIVE,
                null,
                null,
                null,
                null,
                null,
                "0",
                priority.getId(),
                null));

    assertThat(codes(gaps.run().notDelivered())).contains("CP-" + run);

    indicators.create(
        new IndicatorForm(
            "FT-" + run,
            "Fly-tips cleared within a day",
            null,
            null,
            IndicatorType.LOCAL,
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.MONTH,
            Aggregation.RATIO,
            false,
            "1",
            null,
            null,
            null,
            null,
            null,
            false,
            false,
            true,
            null,
            null,
            null,
            null,
            List.of(objective.getId()),
            null));

    GapCheck.Report report = gaps.run();
    assertThat(codes(report.notDelivered())).doesNotContain("CP-" + run);
    assertThat(report.deliveredMeans()).contains("measured by an indicator");
  }

  private static List<String> codes(List<ThreadGraph.Node> nodes) {
    return nodes.stream().map(ThreadGraph.Node::code).toList();
  }
}
