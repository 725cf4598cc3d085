package org.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.goldenthread.indicator.ImportProgress;
import org.goldenthread.indicator.IndicatorImport;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The large-council benchmark (README, "Benchmarks"): generates a council with 3,000 indicators and
 * 15 years of monthly values, imports it through the product's CSV import, then times a
 * whole-council scorecard of one quarter (status and trend of every indicator) and reports memory.
 * Not part of the test suite (its name does not end in Test); run it with {@code ./mvnw test
 * -Dtest=CouncilBenchmark}. Sizes: -Dbenchmark.indicators, -Dbenchmark.years.
 */
@SpringBootTest
@ActiveProfiles("test")
class CouncilBenchmark {

  private static final int INDICATORS = Integer.getInteger("benchmark.indicators", 3_000);
  private static final int YEARS = Integer.getInteger("benchmark.years", 15);
  private static final int YEARS_PER_FILE = 5;

  @Autowired IndicatorImport imports;
  @Autowired Scorecard scorecard;

  @Test
  void largeCouncil() {
    Period lastQuarter = Period.quarter(2025, 4);
    int firstYear = lastQuarter.year() - YEARS + 1;
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.UK,
            "%nGolden Thread benchmark: %,d indicators, %d years of monthly values (%,d values)%n",
            INDICATORS,
            YEARS,
            (long) INDICATORS * YEARS * 12));

    long start = System.nanoTime();
    IndicatorImport.Outcome defined = imports.definitions(definitions(), new ImportProgress());
    Duration defining = Duration.ofNanos(System.nanoTime() - start);
    assertThat(defined.problems()).isEmpty();

    long importStart = System.nanoTime();
    int imported = 0;
    for (int year = firstYear; year <= lastQuarter.year(); year += YEARS_PER_FILE) {
      int last = Math.min(year + YEARS_PER_FILE - 1, lastQuarter.year());
      IndicatorImport.Outcome outcome =
          imports.values(values(year, last), "Benchmark", new ImportProgress());
      assertThat(outcome.problems()).isEmpty();
      imported += outcome.values();
    }
    Duration importing = Duration.ofNanos(System.nanoTime() - importStart);
    long heapAfterImport = usedHeapAfterGc();

    long cardStart = System.nanoTime();
    Scorecard.Card first = scorecard.card(lastQuarter, Scorecard.Filter.NONE);
    Duration firstCard = Duration.ofNanos(System.nanoTime() - cardStart);
    cardStart = System.nanoTime();
    Scorecard.Card second = scorecard.card(lastQuarter, Scorecard.Filter.NONE);
    Duration secondCard = Duration.ofNanos(System.nanoTime() - cardStart);
    assertThat(second.total()).isGreaterThanOrEqualTo(INDICATORS);
    long heapAfterCard = usedHeapAfterGc();

    report
        .append(
            String.format(
                Locale.UK,
                "  import definitions       %8.1f s  (%,d indicators)%n",
                seconds(defining),
                defined.created() + defined.updated()))
        .append(
            String.format(
                Locale.UK,
                "  import values            %8.1f s  (%,d values, %,.0f a second)%n",
                seconds(importing),
                imported,
                imported / seconds(importing)))
        .append(
            String.format(
                Locale.UK,
                "  scorecard %s, first    %8.2f s  (%,d indicators: %s)%n",
                lastQuarter.label(),
                seconds(firstCard),
                first.total(),
                counts(first)))
        .append(
            String.format(
                Locale.UK,
                "  scorecard %s, again    %8.2f s%n",
                lastQuarter.label(),
                seconds(secondCard)))
        .append(
            String.format(
                Locale.UK, "  heap in use after import %8d MB%n", heapAfterImport / 1_048_576))
        .append(
            String.format(
                Locale.UK, "  heap in use after cards  %8d MB%n", heapAfterCard / 1_048_576))
        .append(
            String.format(
                Locale.UK,
                "  heap at its highest      %8d MB (of %d MB allowed)%n",
                peakHeap() / 1_048_576,
                Runtime.getRuntime().maxMemory() / 1_048_576));
    System.out.println(report);
  }

  /** A mix of the kinds councils keep: cumulative counts, percentages, levels, averages. */
  private static byte[] definitions() {
    StringBuilder csv =
        new StringBuilder(
            "code,title,description,unit,polarity,frequency,aggregation,cumulative,decimal_places,tolerance,tolerance_type,type,responsible,accountable\n");
    for (int i = 1; i <= INDICATORS; i++) {
      switch (i % 4) {
        case 0 ->
            csv.append(code(i))
                .append(",Cases closed ")
                .append(i)
                .append(",,number,higher,monthly,sum,yes,0,5,percent,local,,\n");
        case 1 ->
            csv.append(code(i))
                .append(",Done on time ")
                .append(i)
                .append(",,percent,higher,monthly,ratio,no,1,2,absolute,national,,\n");
        case 2 ->
            csv.append(code(i))
                .append(",Households waiting ")
                .append(i)
                .append(",,number,lower,monthly,last,no,0,10,percent,local,,\n");
        default ->
            csv.append(code(i))
                .append(",Days to decide ")
                .append(i)
                .append(",,days,lower,monthly,average,no,1,1,absolute,partnership,,\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] values(int fromYear, int toYear) {
    Random random = new Random(fromYear);
    StringBuilder csv =
        new StringBuilder(
            "code,period,actual,target,numerator,denominator,commentary,remedial_action\n");
    for (int i = 1; i <= INDICATORS; i++) {
      for (int year = fromYear; year <= toYear; year++) {
        for (int month = 1; month <= 12; month++) {
          String period = Period.year(year).within(PeriodType.MONTH).get(month - 1).label();
          csv.append(code(i)).append(',').append(period).append(',');
          if (i % 4 == 1) {
            int denominator = 200 + random.nextInt(50);
            int numerator = denominator - random.nextInt(30);
            csv.append(",95,").append(numerator).append(',').append(denominator);
          } else {
            csv.append(50 + random.nextInt(50)).append(",70,,");
          }
          csv.append(",,\n");
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String code(int i) {
    return String.format(Locale.UK, "BM-%05d", i);
  }

  private static String counts(Scorecard.Card card) {
    StringBuilder text = new StringBuilder();
    for (Status status : Status.values()) {
      text.append(status.label())
          .append(' ')
          .append(card.counts().get(status))
          .append(status == Status.DATA_ONLY ? "" : ", ");
    }
    return text.toString();
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
