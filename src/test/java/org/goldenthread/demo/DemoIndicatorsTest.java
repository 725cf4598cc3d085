package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's indicators, as loaded on start. Other tests add indicators of their own, so
 * these look only at the demo's, found by their codes.
 */
@GoldenThreadTest
@Transactional
class DemoIndicatorsTest {

  @Autowired IndicatorService indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorResults results;
  @Autowired Scorecard scorecard;
  @Autowired DataEntry entry;
  @Autowired GapCheck gapCheck;
  @Autowired Clock clock;

  private List<Indicator> demoIndicators() {
    Set<String> codes = Set.copyOf(DemoIndicatorTable.codes());
    return indicators.all().stream().filter(i -> codes.contains(i.getCode())).toList();
  }

  private Indicator indicator(String code) {
    return indicators.byCode(code);
  }

  private Period lastQuarter() {
    return Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
  }

  @Test
  void aboutSixtyIndicatorsEachMeasuringTheThreadWithSomeoneResponsible() {
    List<Indicator> demo = demoIndicators();
    assertThat(demo).hasSizeBetween(55, 70).hasSize(DemoIndicatorTable.codes().size());
    assertThat(demo)
        .allSatisfy(
            i -> {
              assertThat(i.getMeasures()).as(i.getCode() + " measures").isNotEmpty();
              assertThat(i.getResponsible()).as(i.getCode() + " responsible").isNotNull();
              assertThat(i.getAccountable()).as(i.getCode() + " accountable").isNotNull();
              assertThat(i.getPortfolio()).as(i.getCode() + " portfolio").isNotNull();
            });
    assertThat(demo).filteredOn(Indicator::isCalculated).hasSize(2);
    assertThat(demo).filteredOn(Indicator::isCorporateHealth).isNotEmpty();
    assertThat(demo).filteredOn(Indicator::isPublished).isNotEmpty();
    assertThat(demo.stream().map(Indicator::getType).distinct()).hasSize(3);
  }

  @Test
  void enteredIndicatorsHaveValuesForThreeYears() {
    int thisYear = DemoYear.containing(LocalDate.now(clock)).firstYear();
    for (Indicator indicator : demoIndicators()) {
      if (indicator.isCalculated() || indicator.getFrequency() == PeriodType.FINANCIAL_YEAR) {
        continue;
      }
      Set<Integer> years =
          values.findByIndicator(indicator).stream()
              .map(v -> v.getPeriod().year())
              .collect(Collectors.toSet());
      assertThat(years)
          .as(indicator.getCode() + " years with values")
          .contains(thisYear - 2, thisYear - 1);
      if (lastQuarter().year() == thisYear) {
        assertThat(years).as(indicator.getCode() + " this year").contains(thisYear);
      }
    }
  }

  @Test
  void theLastQuarterShowsGreenAmberRedAndMissingFigures() {
    Set<String> codes = Set.copyOf(DemoIndicatorTable.codes());
    Map<String, Status> statuses =
        scorecard.card(lastQuarter(), Scorecard.Filter.NONE).lines().stream()
            .filter(line -> codes.contains(line.indicator().getCode()))
            .collect(
                Collectors.toMap(line -> line.indicator().getCode(), l -> l.result().status()));
    assertThat(statuses.values())
        .contains(Status.GREEN, Status.AMBER, Status.RED, Status.NO_DATA, Status.DATA_ONLY);
    assertThat(statuses)
        .containsEntry("REV-01", Status.GREEN)
        .containsEntry("REV-02", Status.AMBER)
        .containsEntry("HR-01", Status.RED)
        .containsEntry("NI 155", Status.RED)
        .containsEntry("EHL-01", Status.NO_DATA);
  }

  @Test
  void theCalculatedIndicatorsHaveValues() {
    for (String code : List.of("HSG-03", "CUS-04")) {
      assertThat(results.calculator(indicator(code)).actual(lastQuarter())).as(code).isPresent();
    }
  }

  @Test
  void theNetZeroPriorityIsStillUnmeasured() {
    List<ThreadGraph.Node> notDelivered = gapCheck.run().notDelivered();
    assertThat(notDelivered).extracting(ThreadGraph.Node::code).contains("P7");
    assertThat(demoIndicators())
        .allSatisfy(
            i -> assertThat(i.getMeasures()).noneMatch(item -> item.getCode().equals("P7")));
  }

  @Test
  void samPatelHasAFigureDueThisQuarter() {
    Indicator dueQuarterly = indicator("REV-03");
    assertThat(dueQuarterly.getResponsible().getFullName()).isEqualTo("Sam Patel");
    List<Indicator> sams = indicators.responsibleFor(dueQuarterly.getResponsible().getId());
    assertThat(sams).hasSizeBetween(3, 4);
    Period due = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    assertThat(values.findByIndicatorAndPeriod(dueQuarterly, due)).isEmpty();
    assertThat(values.findByIndicatorAndPeriod(dueQuarterly, due.previous())).isPresent();
  }

  @Test
  void priyaShahHasFiguresFromHerTeamToVerify() {
    List<IndicatorValue> waiting =
        entry.awaitingVerification().stream()
            .filter(v -> v.getIndicator().getAccountable().getFullName().equals("Priya Shah"))
            .toList();
    assertThat(waiting).isNotEmpty();
    assertThat(waiting).allMatch(v -> v.getState() == ValueState.SUBMITTED);
    assertThat(waiting).extracting(IndicatorValue::getEnteredBy).doesNotContain("Priya Shah");
    assertThat(waiting).extracting(IndicatorValue::getEnteredBy).contains("Sam Patel");
    assertThat(waiting)
        .allSatisfy(
            v ->
                assertThat(v.getEnteredByPerson().personId())
                    .isEqualTo(v.getIndicator().getResponsible().getId()));
  }
}
