package org.goldenthread.benchmark;

import static org.goldenthread.benchmark.Printout.f;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;

/**
 * The values export over HTTP, one financial year and the whole history, beside its floor measured
 * in the same run: a plain JDBC select of the same rows ({@link PlainSelect}).
 */
final class ExportFigures {

  private final int port;
  private final Printout out;
  private final DataSource dataSource;

  ExportFigures(int port, Printout out, DataSource dataSource) {
    this.port = port;
    this.out = out;
    this.dataSource = dataSource;
  }

  void values(int financialYear, String yearLabel) throws Exception {
    Session admin = Session.signedIn(port, "admin");
    // Warm both paths once on the smaller export, untimed.
    admin.getCountingLines("/indicators/export/values.csv?year=" + financialYear);
    PlainSelect.rows(dataSource, yearLabel);
    line(
        admin,
        "values export, one year (" + yearLabel + ")",
        "?year=" + financialYear,
        yearLabel,
        "<= 1 s");
    line(admin, "values export, whole history", "", "", ">= 100,000 rows a second");
  }

  private void line(Session admin, String what, String query, String yearLabel, String goal)
      throws Exception {
    long start = System.nanoTime();
    int plainRows = PlainSelect.rows(dataSource, yearLabel);
    double plainSeconds = (System.nanoTime() - start) / 1e9;
    Session.Answer answer = admin.getCountingLines("/indicators/export/values.csv" + query);
    long rows = Long.parseLong(new String(answer.body(), StandardCharsets.UTF_8)) - 1;
    double rate = rows / answer.seconds();
    double plainRate = plainRows / plainSeconds;
    out.line(
        what,
        f(
            "%.2f s, %,d rows, %,.0f a second (status %d)",
            answer.seconds(), rows, rate, answer.status()),
        goal,
        f("plain JDBC select %.2f s, %,d rows, %,.0f a second", plainSeconds, plainRows, plainRate),
        f("%.2f", rate / plainRate));
  }
}
