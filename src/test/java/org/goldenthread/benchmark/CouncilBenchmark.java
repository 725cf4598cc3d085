package org.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.benchmark.Printout.f;
import static org.goldenthread.shared.TestPeople.named;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.goldenthread.demo.LargeCouncil;
import org.goldenthread.indicator.imports.ImportProgress;
import org.goldenthread.indicator.imports.IndicatorImport;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The large-council benchmark (docs/benchmarks.md). Generates a council with 3,000 indicators and
 * 15 years of monthly values (untimed), imports it through the product's CSV import (timed beside a
 * plain JDBC batch insert of the same rows, {@link PlainInsert}), then asks the running server,
 * over HTTP with signed-in sessions, for every page of the table, and prints each figure
 * with its goal, its floor measured in the same run and the ratio between them: the rendered
 * sign-in page (10 connections; one at a time), the PDF library's one-page document, a plain JDBC
 * select. It times only the product's own pages and exports.
 *
 * <p>Not part of the test suite (its name does not end in Test); run it with {@code ./mvnw test
 * -Dtest=CouncilBenchmark}. Sizes: -Dbenchmark.indicators, -Dbenchmark.years; people and time of
 * the crowds: -Dbenchmark.users (10), -Dbenchmark.seconds (10); parts, after the import:
 * -Dbenchmark.parts=signin,scorecard,report,pdf,export (all by default; the sign-in floor is
 * measured whenever a page is); -Dbenchmark.importOnly=true stops after the import. On PostgreSQL
 * with SPRING_DATASOURCE_URL (an empty database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CouncilBenchmark {

  private static final int INDICATORS = Integer.getInteger("benchmark.indicators", 3_000);
  private static final int YEARS = Integer.getInteger("benchmark.years", 15);
  private static final int YEARS_PER_FILE = 5;
  private static final boolean IMPORT_ONLY = Boolean.getBoolean("benchmark.importOnly");
  private static final Set<String> PARTS =
      Set.of(
          System.getProperty("benchmark.parts", "signin,scorecard,report,pdf,export").split(","));
  private static final int USERS = Integer.getInteger("benchmark.users", 10);
  private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
  private static final Period QUARTER = Period.quarter(2025, 4);

  @LocalServerPort int port;
  @Autowired IndicatorImport imports;
  @Autowired DataSource dataSource;

  @Test
  void largeCouncil() throws Exception {
    Printout out =
        new Printout(
            f(
                "Golden Thread benchmark: %,d indicators, %d years of monthly values (%,d values), %s",
                INDICATORS, YEARS, (long) INDICATORS * YEARS * 12, database()));
    importCouncil(out);
    if (!IMPORT_ONLY) {
      pages(out);
      if (PARTS.contains("export")) {
        new ExportFigures(port, out, dataSource)
            .values(QUARTER.year(), QUARTER.financialYear().label());
      }
    }
    System.out.println(out);
  }

  private void pages(Printout out) throws Exception {
    PageFigures pages = new PageFigures(port, out, QUARTER.label(), INDICATORS, USERS, SECONDS);
    if (PARTS.contains("signin")
        || PARTS.contains("scorecard")
        || PARTS.contains("report")
        || PARTS.contains("pdf")) {
      pages.signInFloor();
    }
    if (PARTS.contains("scorecard")) {
      pages.scorecard();
    }
    if (PARTS.contains("report") || PARTS.contains("pdf")) {
      List<Long> ids =
          new JdbcTemplate(dataSource)
              .queryForList(
                  "select id from indicator where code like 'BM-%' order by code", Long.class);
      Map<Integer, String> reports = pages.defineReports(ids);
      if (PARTS.contains("report")) {
        pages.reportsOnScreen(reports);
      }
      if (PARTS.contains("pdf")) {
        pages.pdfs(reports);
      }
    }
  }

  /** Imports the generated council, after timing a plain insert of the same rows (taken out). */
  private void importCouncil(Printout out) throws Exception {
    int lastYear = QUARTER.year();
    int firstYear = lastYear - YEARS + 1;
    long start = System.nanoTime();
    IndicatorImport.Outcome defined =
        imports.definitions(LargeCouncil.definitions(INDICATORS), new ImportProgress());
    double defining = (System.nanoTime() - start) / 1e9;
    assertThat(defined.problems()).isEmpty();

    List<byte[]> files = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year += YEARS_PER_FILE) {
      files.add(
          LargeCouncil.values(INDICATORS, year, Math.min(year + YEARS_PER_FILE - 1, lastYear)));
    }
    // The yardstick first: the same rows by plain JDBC, then taken out again for the import.
    PlainInsert plain = new PlainInsert(dataSource);
    long plainStart = System.nanoTime();
    int plainRows = 0;
    for (byte[] file : files) {
      plainRows += plain.insert(file);
    }
    double plainInserting = (System.nanoTime() - plainStart) / 1e9;
    plain.deleteBenchmarkFigures();

    long importStart = System.nanoTime();
    int imported = 0;
    for (byte[] file : files) {
      IndicatorImport.Outcome outcome =
          imports.values(file, named("Benchmark"), new ImportProgress());
      assertThat(outcome.problems()).isEmpty();
      imported += outcome.values();
    }
    double importing = (System.nanoTime() - importStart) / 1e9;
    assertThat(imported).isEqualTo(plainRows);
    double importRate = imported / importing;
    double plainRate = plainRows / plainInserting;
    out.line(
            "import definitions",
            f("%.1f s, %,d indicators", defining, defined.created() + defined.updated()),
            "",
            "",
            "")
        .line(
            "import values and targets",
            f("%.1f s, %,d rows, %,.0f a second", importing, imported, importRate),
            "",
            f("plain JDBC insert %.1f s, %,.0f a second", plainInserting, plainRate),
            f("%.2f", importRate / plainRate));
  }

  private String database() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }
}
