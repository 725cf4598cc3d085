package org.goldenthread.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the last load test's figures page by page (requests, errors, throughput, p50, p95, p99),
 * read from Gatling's report, once the product has been stopped; and fails the build if a page had
 * an error or a p95 over the limit (load.p95, 300 ms; exports aside). Gatling checks the same in
 * its assertions but only reports them, so that the build goes on to stop the product.
 */
public final class LoadSummary {

  private static final Pattern PAGE =
      Pattern.compile(
          "\"name\": \"([^\"]+)\",\\s*\"numberOfRequests\": \\{\\s*\"total\": \"(\\d+)\",\\s*\"ok\":"
              + " \"\\d+\",\\s*\"ko\": \"(\\d+)\"(.*?)\"meanNumberOfRequestsPerSecond\": \\{\\s*"
              + "\"total\": \"([\\d.]+)\"",
          Pattern.DOTALL);

  private LoadSummary() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
    // The run's folder is the first line; a run whose assertions failed has that said after it.
    String run = Files.readAllLines(results.resolve("lastRun.txt")).get(0).strip();
    Path dir = results.resolve(run);
    String stats = Files.readString(dir.resolve("js/stats.js"));
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.UK,
            "%nDeadline-day load test (%s): p50/p95/p99 in ms%n%-46s %8s %6s %8s %7s %7s %7s%n",
            run,
            "page",
            "requests",
            "errors",
            "req/s",
            "p50",
            "p95",
            "p99"));
    long limit = Long.getLong("load.p95", 300);
    List<String> broken = new ArrayList<>();
    Matcher page = PAGE.matcher(stats);
    while (page.find()) {
      String rest = page.group(4);
      String name = page.group(1);
      String p95 = percentile(rest, 2);
      if (!"0".equals(page.group(3))) {
        broken.add("FAILED: " + name + ": " + page.group(3) + " errors");
      }
      if (!name.contains("export") && !"-".equals(p95) && Long.parseLong(p95) > limit) {
        broken.add("FAILED: " + name + ": p95 " + p95 + " ms, over " + limit + " ms");
      }
      out.append(
          String.format(
              Locale.UK,
              "%-46s %8s %6s %8s %7s %7s %7s%n",
              page.group(1),
              page.group(2),
              page.group(3),
              page.group(5),
              percentile(rest, 1),
              percentile(rest, 2),
              percentile(rest, 3)));
    }
    System.out.println(out);
    if (!broken.isEmpty()) {
      broken.forEach(System.out::println);
      throw new IllegalStateException(broken.size() + " of the load test's limits broken (see above)");
    }
  }

  private static String percentile(String stats, int n) {
    Matcher m =
        Pattern.compile("\"percentiles" + n + "\": \\{\\s*\"total\": \"(\\d+)\"").matcher(stats);
    return m.find() ? m.group(1) : "-";
  }
}
