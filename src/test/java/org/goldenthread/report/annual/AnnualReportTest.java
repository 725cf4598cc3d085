package org.goldenthread.report.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportSummary;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual performance report on the demo council, checked against figures worked out here
 * directly from the published values and the targets in the database.
 */
@GoldenThreadTest
@Transactional
class AnnualReportTest {

  @Autowired AnnualReportBuilder builder;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorTargetRepository targets;
  @Autowired DataEntry dataEntry;

  FinancialYear year;
  AnnualReport report;

  @BeforeEach
  void theLatestYearOver() {
    year = builder.latestYearOver();
    report = builder.build(year);
  }

  /** The published values of an indicator for the year, in period order. */
  private List<IndicatorValue> published(Indicator indicator) {
    return values.findByIndicator(indicator).stream()
        .filter(v -> v.getState() == ValueState.PUBLISHED)
        .filter(v -> v.getPeriod().financialYear().equals(year))
        .sorted(Comparator.comparing(IndicatorValue::getPeriod))
        .toList();
  }

  private BigDecimal yearTarget(Indicator indicator, FinancialYear y) {
    return targets
        .findByIndicatorAndPeriod(indicator, Period.year(y.startYear()))
        .map(IndicatorTarget::getAmount)
        .orElse(null);
  }

  private AnnualReport.Line line(AnnualReport r, String code) {
    return r.lines().stream()
        .filter(l -> l.indicator().getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " is not in the annual report"));
  }

  private static void assertSame(BigDecimal actual, BigDecimal expected) {
    assertThat(actual).isNotNull();
    assertThat(actual.setScale(8, RoundingMode.HALF_UP))
        .isEqualTo(expected.setScale(8, RoundingMode.HALF_UP));
  }

  @Test
  void aCumulativeTotalIsTheSumOfTheYearsPublishedMonthsAgainstTheAnnualTarget() {
    Indicator lei = indicators.byCode("LEI-01");
    assertThat(lei.isCumulative()).isTrue();
    List<IndicatorValue> months = published(lei);
    assertThat(months).hasSize(12);
    BigDecimal sum =
        months.stream().map(IndicatorValue::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    AnnualReport.Line line = line(report, "LEI-01");
    assertSame(line.outturn().actual(), sum);
    assertSame(line.outturn().target(), yearTarget(lei, year));
  }

  @Test
  void aSnapshotIsTheValueAtTheYearEnd() {
    Indicator hsg = indicators.byCode("HSG-04");
    List<IndicatorValue> months = published(hsg);
    IndicatorValue march = months.get(months.size() - 1);
    assertThat(march.getPeriod())
        .isEqualTo(Period.year(year.startYear()).within(hsg.getFrequency()).get(11));
    AnnualReport.Line line = line(report, "HSG-04");
    assertSame(line.outturn().actual(), march.getAmount());
    assertSame(line.outturn().target(), yearTarget(hsg, year));
  }

  @Test
  void aPercentageIsTheRatioOfTheYearsSumsNotTheAverageOfTheMonths() {
    Indicator rev = indicators.byCode("REV-01");
    List<IndicatorValue> months = published(rev);
    assertThat(months).hasSize(12);
    BigDecimal numerator =
        months.stream().map(IndicatorValue::getNumerator).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal denominator =
        months.stream()
            .map(IndicatorValue::getDenominator)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal ratio =
        new BigDecimal(100).multiply(numerator).divide(denominator, MathContext.DECIMAL64);
    AnnualReport.Line line = line(report, "REV-01");
    assertSame(line.outturn().actual(), ratio);
    assertSame(line.outturn().target(), yearTarget(rev, year));
  }

  @Test
  void anAverageIsTheMeanOfTheYearsMonths() {
    Indicator ben = indicators.byCode("BEN-01");
    List<IndicatorValue> months = published(ben);
    assertThat(months).hasSize(12);
    BigDecimal mean =
        months.stream()
            .map(IndicatorValue::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(new BigDecimal(12), MathContext.DECIMAL64);
    assertSame(line(report, "BEN-01").outturn().actual(), mean);
  }

  @Test
  void lastYearsOutturnAndNextYearsTargetAreShown() {
    Indicator lei = indicators.byCode("LEI-01");
    BigDecimal lastYear =
        values.findByIndicator(lei).stream()
            .filter(v -> v.getPeriod().financialYear().equals(year.previous()))
            .filter(v -> v.getState() == ValueState.PUBLISHED)
            .map(IndicatorValue::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    AnnualReport.Line line = line(report, "LEI-01");
    assertSame(line.lastYear(), lastYear);
    BigDecimal next = yearTarget(lei, year.next());
    assertThat(next).isNotNull();
    assertSame(line.nextTarget(), next);
    for (AnnualReport.Line l : report.lines()) {
      BigDecimal set = yearTarget(l.indicator(), year.next());
      if (set != null) {
        assertSame(l.nextTarget(), set);
      }
    }
  }

  @Test
  void everyActivePublishedIndicatorIsInTheReportAndNoOther() {
    Set<String> expected =
        indicators.all().stream()
            .filter(i -> i.isActive() && i.isPublished())
            .map(Indicator::getCode)
            .collect(Collectors.toSet());
    assertThat(expected).isNotEmpty();
    Set<String> shown =
        report.lines().stream().map(l -> l.indicator().getCode()).collect(Collectors.toSet());
    assertThat(shown).isEqualTo(expected);
    assertThat(indicators.all().stream().filter(i -> !i.isPublished()).map(Indicator::getCode))
        .isNotEmpty()
        .noneMatch(shown::contains);
  }

  @Test
  void aValueTakenBackForCorrectionLeavesTheOutturnWithoutAValue() {
    Indicator lei = indicators.byCode("LEI-01");
    IndicatorValue june = published(lei).get(2);
    dataEntry.enter(
        lei,
        june.getPeriod(),
        new ValueForm(
            june.getAmount().toPlainString(), null, null, "Recounted", null, "Recount", null),
        named("admin"),
        false);
    Indicator hsg = indicators.byCode("HSG-04");
    List<IndicatorValue> months = published(hsg);
    IndicatorValue march = months.get(months.size() - 1);
    dataEntry.enter(
        hsg,
        march.getPeriod(),
        new ValueForm(
            march.getAmount().toPlainString(), null, null, "Checked", null, "Late return", null),
        named("admin"),
        false);

    AnnualReport now = builder.build(year);
    assertThat(line(now, "LEI-01").outturn().actual()).isNull();
    assertThat(line(now, "LEI-01").outturn().status()).isEqualTo(Status.NO_DATA);
    assertThat(line(now, "HSG-04").outturn().actual()).isNull();
    assertThat(now.summary().row(Status.NO_DATA.label()).count())
        .isEqualTo(report.summary().row(Status.NO_DATA.label()).count() + 2);
  }

  @Test
  void theCountsAddUpAndCountEachIndicatorOnce() {
    ReportSummary.Table summary = report.summary();
    assertThat(summary.total()).isEqualTo(report.lines().size());
    assertThat(summary.rows().stream().mapToInt(ReportSummary.Row::count).sum())
        .isEqualTo(summary.total());
    Map<Status, Long> byStatus =
        report.lines().stream()
            .collect(Collectors.groupingBy(l -> l.outturn().status(), Collectors.counting()));
    for (Status s : Status.values()) {
      assertThat(summary.row(s.label()).count())
          .as(s.label())
          .isEqualTo(byStatus.getOrDefault(s, 0L).intValue());
    }
    assertThat(summary.rows().stream().mapToInt(ReportSummary.Row::change).sum()).isZero();
    int listed = 0;
    for (AnnualReport.Group g : report.groups()) {
      assertThat(g.summary().total()).isEqualTo(g.lines().size());
      assertThat(g.summary().rows().stream().mapToInt(ReportSummary.Row::count).sum())
          .isEqualTo(g.lines().size());
      listed += g.lines().size();
    }
    assertThat(listed).isGreaterThanOrEqualTo(summary.total());
  }

  @Test
  void indicatorsAreGroupedByTheCorporatePlanPrioritiesTheyServe() {
    assertThat(report.groups()).isNotEmpty();
    assertThat(report.groups().get(0).code()).isNotNull();
    Optional<AnnualReport.Group> other =
        report.groups().stream().filter(g -> g.code() == null).findFirst();
    other.ifPresent(g -> assertThat(report.groups().get(report.groups().size() - 1)).isEqualTo(g));
    // FIN-02 measures priority P8 directly.
    assertThat(
            report.groups().stream()
                .filter(g -> "P8".equals(g.code()))
                .flatMap(g -> g.lines().stream())
                .map(l -> l.indicator().getCode()))
        .contains("FIN-02");
  }
}
