package org.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.imports.ImportProgress;
import org.goldenthread.indicator.imports.IndicatorImport;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The large-council benchmark (docs/benchmarks.md): generates a council with 3,000 indicators and
 * 15 years of monthly values, imports it through the product's CSV import (timed beside a plain
 * JDBC batch insert of the same rows, {@link PlainInsert}, and their ratio printed), then times a
 * whole-council scorecard of one quarter (status and trend of every indicator), then the quarterly
 * report pack of every indicator in detail, on screen and as PDF, through the product's own pages,
 * and reports memory. Not part of the test suite (its name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=CouncilBenchmark}. Sizes: -Dbenchmark.indicators, -Dbenchmark.years;
 * -Dbenchmark.importOnly=true stops after the import.
 */
@GoldenThreadTest
class CouncilBenchmark {

  private static final int INDICATORS = Integer.getInteger("benchmark.indicators", 3_000);
  private static final int YEARS = Integer.getInteger("benchmark.years", 15);
  private static final int YEARS_PER_FILE = 5;
  private static final boolean IMPORT_ONLY = Boolean.getBoolean("benchmark.importOnly");
  private static final boolean SCORECARD_ONLY = Boolean.getBoolean("benchmark.scorecardOnly");
  private static final TransactionDefinition READ_ONLY = readOnly();

  @Autowired IndicatorImport imports;
  @Autowired Scorecard scorecard;
  @Autowired ScorecardMarks marks;
  @Autowired IndicatorService indicators;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired MockMvc mvc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DemoUsers users;
  @Autowired DataSource dataSource;

  @Test
  void largeCouncil() throws Exception {
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

    List<byte[]> files = new ArrayList<>();
    for (int year = firstYear; year <= lastQuarter.year(); year += YEARS_PER_FILE) {
      files.add(values(year, Math.min(year + YEARS_PER_FILE - 1, lastQuarter.year())));
    }
    // The yardstick first: the same rows by plain JDBC, then taken out again for the import.
    PlainInsert plain = new PlainInsert(dataSource);
    long plainStart = System.nanoTime();
    int plainRows = 0;
    for (byte[] file : files) {
      plainRows += plain.insert(file);
    }
    Duration plainInserting = Duration.ofNanos(System.nanoTime() - plainStart);
    plain.deleteBenchmarkFigures();

    long importStart = System.nanoTime();
    int imported = 0;
    for (byte[] file : files) {
      IndicatorImport.Outcome outcome =
          imports.values(file, named("Benchmark"), new ImportProgress());
      assertThat(outcome.problems()).isEmpty();
      imported += outcome.values();
    }
    Duration importing = Duration.ofNanos(System.nanoTime() - importStart);
    assertThat(imported).isEqualTo(plainRows);
    double importRate = imported / seconds(importing);
    double plainRate = plainRows / seconds(plainInserting);
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
                importRate))
        .append(
            String.format(
                Locale.UK,
                "  plain JDBC batch insert  %8.1f s  (the same rows, %,.0f a second)%n",
                seconds(plainInserting),
                plainRate))
        .append(
            String.format(
                Locale.UK,
                "  import / plain insert    %8.2f   (%s)%n",
                importRate / plainRate,
                database()));
    if (IMPORT_ONLY) {
      System.out.println(report);
      return;
    }
    long heapAfterImport = usedHeapAfterGc();

    long cardStart = System.nanoTime();
    Scorecard.Card first = scorecard.card(lastQuarter, Scorecard.Filter.NONE);
    Duration firstCard = Duration.ofNanos(System.nanoTime() - cardStart);
    cardStart = System.nanoTime();
    Scorecard.Card second = scorecard.card(lastQuarter, Scorecard.Filter.NONE);
    Duration secondCard = Duration.ofNanos(System.nanoTime() - cardStart);
    assertThat(second.total()).isGreaterThanOrEqualTo(INDICATORS);
    // The early-warning marks of every line (M10): projections and XmR charts.
    long marksStart = System.nanoTime();
    assertThat(marks.of(first)).hasSize(first.total());
    Duration firstMarks = Duration.ofNanos(System.nanoTime() - marksStart);
    marksStart = System.nanoTime();
    marks.of(second);
    Duration secondMarks = Duration.ofNanos(System.nanoTime() - marksStart);
    Timed page = timed(get("/indicators").param("period", lastQuarter.label()));
    Timed pageAgain = timed(get("/indicators").param("period", lastQuarter.label()));
    long heapAfterCard = usedHeapAfterGc();
    report
        .append(
            String.format(
                Locale.UK,
                "  scorecard marks, first   %8.2f s, again %6.2f s%n",
                seconds(firstMarks),
                seconds(secondMarks)))
        .append(
            String.format(
                Locale.UK,
                "  scorecard page, first    %8.2f s, again %6.2f s  (%,d KB of HTML)%n",
                seconds(page.took()),
                seconds(pageAgain.took()),
                page.body().length / 1024));
    if (SCORECARD_ONLY) {
      // M12: the page is read from kept figures; every row, and the CSV, from the same.
      Timed every =
          timed(get("/indicators").param("period", lastQuarter.label()).param("size", "all"));
      Timed csv = timed(get("/indicators/scorecard.csv").param("period", lastQuarter.label()));
      report.append(
          String.format(
              Locale.UK,
              "  scorecard all rows %6.2f s (%,d KB of HTML), CSV %6.2f s%n",
              seconds(every.took()),
              every.body().length / 1024,
              seconds(csv.took())));
      report.append(
          String.format(
              Locale.UK,
              "  scorecard %s, first %6.2f s, again %6.2f s%n",
              lastQuarter.label(),
              seconds(firstCard),
              seconds(secondCard)));
      System.out.println(report);
      return;
    }

    String pack = reportPack();
    long packId = Long.parseLong(pack.substring("/reports/".length()));
    long buildStart = System.nanoTime();
    Report built =
        new TransactionTemplate(transactions, READ_ONLY)
            .execute(t -> builder.build(reports.get(packId), lastQuarter));
    Duration building = Duration.ofNanos(System.nanoTime() - buildStart);
    assertThat(built.detail()).hasSize(INDICATORS);
    Timed screen = timed(get(pack).param("period", lastQuarter.label()));
    Timed screenAgain = timed(get(pack).param("period", lastQuarter.label()));
    Timed pdf = timed(get(pack + "/export.pdf").param("period", lastQuarter.label()));
    int pages;
    try (PDDocument document = PDDocument.load(pdf.body())) {
      pages = document.getNumberOfPages();
    }
    assertThat(pages).isGreaterThan(INDICATORS / 50);
    long heapAfterPack = usedHeapAfterGc();

    report
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
                Locale.UK,
                "  report pack %s, figures only  %6.2f s  (%,d exceptions)%n",
                lastQuarter.label(),
                seconds(building),
                built.indicatorExceptions().size()))
        .append(
            String.format(
                Locale.UK,
                "  report pack %s on screen, first %6.2f s  (%,d KB of HTML)%n",
                lastQuarter.label(),
                seconds(screen.took()),
                screen.body().length / 1024))
        .append(
            String.format(
                Locale.UK,
                "  report pack %s on screen, again %6.2f s%n",
                lastQuarter.label(),
                seconds(screenAgain.took())))
        .append(
            String.format(
                Locale.UK,
                "  report pack %s as PDF           %6.2f s  (%,d pages, %,d KB)%n",
                lastQuarter.label(),
                seconds(pdf.took()),
                pages,
                pdf.body().length / 1024))
        .append(
            String.format(
                Locale.UK, "  heap in use after import %8d MB%n", heapAfterImport / 1_048_576))
        .append(
            String.format(
                Locale.UK, "  heap in use after cards  %8d MB%n", heapAfterCard / 1_048_576))
        .append(
            String.format(
                Locale.UK, "  heap in use after pack   %8d MB%n", heapAfterPack / 1_048_576))
        .append(
            String.format(
                Locale.UK,
                "  heap at its highest      %8d MB (of %d MB allowed)%n",
                peakHeap() / 1_048_576,
                Runtime.getRuntime().maxMemory() / 1_048_576));
    System.out.println(report);
  }

  private String database() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  private static TransactionDefinition readOnly() {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setReadOnly(true);
    return definition;
  }

  /** A page's answer and how long it took. */
  private record Timed(Duration took, byte[] body) {}

  private Timed timed(MockHttpServletRequestBuilder request) throws Exception {
    long start = System.nanoTime();
    MockHttpServletResponse response =
        mvc.perform(request.with(users.as("director"))).andReturn().getResponse();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(response.getStatus()).isEqualTo(200);
    return new Timed(took, response.getContentAsByteArray());
  }

  /**
   * Defines, as a director would on the form, a quarterly report of every generated indicator with
   * full detail: the largest pack the council could ask for. Answers the report's address.
   */
  private String reportPack() throws Exception {
    MockHttpServletRequestBuilder form =
        post("/reports/new")
            .with(users.as("director"))
            .with(csrf())
            .param("title", "Benchmark quarterly performance report")
            .param("audience", "Cabinet")
            .param("scopeKind", "CHOSEN")
            .param("periodType", "QUARTER")
            .param("includeDetail", "true");
    for (Indicator indicator : indicators.all()) {
      if (indicator.getCode().startsWith("BM-")) {
        form.param("indicatorIds", indicator.getId().toString());
      }
    }
    String location = mvc.perform(form).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).matches("/reports/\\d+");
    return location;
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
