package org.goldenthread.benchmark;

import static org.goldenthread.benchmark.Printout.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The pages of the table, asked for over HTTP from the running server by signed-in
 * sessions, beside their floors measured in the same run: the rendered sign-in page (10
 * connections, and one request at a time) and the PDF library's one-page document.
 */
final class PageFigures {

  private final int port;
  private final Printout out;
  private final String quarter;
  private final int pageCount;
  private final int users;
  private final double seconds;
  private Crowd.Seen signIn;
  private double signInMillis;

  PageFigures(int port, Printout out, String quarter, int indicators, int users, double seconds) {
    this.port = port;
    this.out = out;
    this.quarter = quarter;
    this.pageCount = Math.max(1, (indicators + 49) / 50);
    this.users = users;
    this.seconds = seconds;
  }

  /** Floor 1: the sign-in page, {@code users} connections at once, then one request at a time. */
  void signInFloor() throws Exception {
    List<Session> people = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      people.add(Session.anonymous(port));
    }
    signIn = Crowd.run(people, seconds, n -> "/sign-in");
    Session one = people.get(0);
    long[] times = new long[50];
    for (int i = 0; i < times.length; i++) {
      times[i] = one.get("/sign-in").nanos();
    }
    Arrays.sort(times);
    signInMillis = Crowd.percentile(times, 50);
    out.line(
        f("sign-in page, %d connections", users),
        f(
            "%,.0f a second, p50 %.1f ms, p95 %.1f ms",
            signIn.perSecond(), signIn.p50(), signIn.p95()),
        "(floor 1)",
        f("%,d answers, %s", signIn.answered(), signIn.errorsShown()),
        "");
    out.line(
        "sign-in page, one at a time",
        f("%.1f ms (median of 50)", signInMillis),
        "(floor 1)",
        "",
        "");
  }

  /** A page of the scorecard with filters and sorts, at {@code users} at once; all rows; CSV. */
  void scorecard() throws Exception {
    String[] sorts = {"", "&sort=status&dir=desc", "&sort=title&dir=asc", "&sort=code&dir=desc"};
    String[] filters = {"", "&status=RED", "", "&type=LOCAL"};
    List<Session> people = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      people.add(Session.signedIn(port, "director"));
    }
    Crowd.Seen seen =
        Crowd.run(
            people,
            seconds,
            n -> {
              String filter = filters[n % filters.length];
              int pages = filter.isEmpty() ? pageCount : Math.min(pageCount, 5);
              return "/indicators?period="
                  + quarter
                  + "&page="
                  + (1 + (n / 16) % pages)
                  + "&size=50"
                  + filter
                  + sorts[(n / 4) % sorts.length];
            });
    double ratio = seen.perSecond() / signIn.perSecond();
    out.line(
        f("scorecard page of 50, %d users", users),
        f("%,.1f a second, p50 %.0f ms, p95 %.0f ms", seen.perSecond(), seen.p50(), seen.p95()),
        "p95 <= 150 ms",
        f("%,d answers, %s", seen.answered(), seen.errorsShown()),
        f("p99 %.0f ms", seen.p99()));
    out.line(
        "scorecard / sign-in throughput",
        f("%.4f", ratio),
        ">= 0.2",
        f("sign-in %,.0f a second", signIn.perSecond()),
        f("%.4f%s", ratio, ratio >= 0.2 ? "" : "  BELOW GOAL"));
    Session director = people.get(0);
    director.get("/indicators?period=" + quarter + "&size=all");
    Session.Answer all = director.get("/indicators?period=" + quarter + "&size=all");
    out.line(
        "scorecard, all rows (size=all), again",
        f("%.2f s, %,d KB (status %d)", all.seconds(), all.kilobytes(), all.status()),
        "<= 1 s",
        f("sign-in %.1f ms", signInMillis),
        f("%.0f", all.millis() / signInMillis));
    director.get("/indicators/scorecard.csv?period=" + quarter);
    Session.Answer csv = director.get("/indicators/scorecard.csv?period=" + quarter);
    out.line(
        "scorecard.csv, again",
        f("%.2f s, %,d KB (status %d)", csv.seconds(), csv.kilobytes(), csv.status()),
        "",
        f("sign-in %.1f ms", signInMillis),
        f("%.0f", csv.millis() / signInMillis));
  }

  /**
   * Defines two quarterly reports with full detail, over the first 300 and over every generated
   * indicator, as a director would on the form; answers their addresses by size.
   */
  Map<Integer, String> defineReports(List<Long> indicatorIds) {
    Session director = Session.signedIn(port, "director");
    Map<Integer, String> reports = new LinkedHashMap<>();
    for (int size : new int[] {Math.min(300, indicatorIds.size()), indicatorIds.size()}) {
      Map<String, List<String>> form = new LinkedHashMap<>();
      form.put("title", List.of(f("Benchmark quarterly report of %,d indicators", size)));
      form.put("audience", List.of("Cabinet"));
      form.put("scopeKind", List.of("CHOSEN"));
      form.put("periodType", List.of("QUARTER"));
      form.put("includeDetail", List.of("true"));
      form.put(
          "indicatorIds", indicatorIds.subList(0, size).stream().map(String::valueOf).toList());
      Session.Answer made = director.submit("/reports/new", "/reports/new", form);
      if (made.status() != 302 || !made.location().matches("/reports/\\d+")) {
        throw new IllegalStateException(
            "The report of " + size + " was not made: " + made.status());
      }
      reports.put(size, made.location());
    }
    return reports;
  }

  /** Each report on screen, first and again; the ratio to the sign-in page's time. */
  void reportsOnScreen(Map<Integer, String> reports) {
    Session director = Session.signedIn(port, "director");
    for (Map.Entry<Integer, String> report : reports.entrySet()) {
      String address = report.getValue() + "?period=" + quarter;
      Session.Answer first = director.get(address);
      Session.Answer again = director.get(address);
      out.line(
          f("report pack on screen, %,d indicators", report.getKey()),
          f(
              "%.2f s (first %.2f s), %,d KB (status %d)",
              again.seconds(), first.seconds(), again.kilobytes(), again.status()),
          report.getKey() <= 300 ? "<= 1 s" : "<= 3 s",
          f("sign-in %.1f ms", signInMillis),
          f("%.0f", again.millis() / signInMillis));
    }
  }

  /**
   * Each report as PDF, first and again (the figure is the second, warm), the heap sampled while
   * each is made again; floor 3, the PDF library's one-page document, timed in this run. The heap's
   * line gives the highest used heap (with uncollected garbage) and the highest live heap, and the
   * live heap's growth per indicator between the smallest and the largest report.
   */
  void pdfs(Map<Integer, String> reports) throws Exception {
    double floor = PdfFloor.onePageMillis();
    out.line(
        "PDF library, fixed one-page document", f("%.1f ms a page", floor), "(floor 3)", "", "");
    Session director = Session.signedIn(port, "director");
    Map<Integer, HeapSampler> heaps = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> report : reports.entrySet()) {
      String address = report.getValue() + "/export.pdf?period=" + quarter;
      Session.Answer first = director.get(address);
      Session.Answer again;
      HeapSampler heap = HeapSampler.start();
      try {
        again = director.get(address);
      } finally {
        heap.close();
      }
      heaps.put(report.getKey(), heap);
      int pages = 0;
      if (again.status() == 200) {
        try (PDDocument document = PDDocument.load(again.body())) {
          pages = document.getNumberOfPages();
        }
      }
      double perPage = again.millis() / Math.max(1, pages);
      out.line(
          f("report PDF, %,d indicators, again", report.getKey()),
          f("%.2f s (first %.2f s), %,d pages", again.seconds(), first.seconds(), pages),
          report.getKey() <= 300 ? "<= 2 s" : "<= 15 s",
          f("PDF library %.1f ms a page", floor),
          f("%.1f a page", perPage / floor));
      out.line(
          f("report PDF, %,d indicators, size", report.getKey()),
          f(
              "%,d KB a page (%,d KB in all)",
              again.kilobytes() / Math.max(1, pages), again.kilobytes()),
          "<= 25 KB a page",
          "",
          "");
      long after = HeapSampler.usedAfterGcMb();
      out.line(
          f("heap making the %,d PDF", report.getKey()),
          f(
              "peak %,d MB used, %,d MB live, over %,d MB before",
              heap.peakMb(), heap.peakLiveMb(), heap.beforeMb()),
          "flat",
          f("%,d samples; after, GC: %,d MB", heap.samples(), after),
          f(
              "+%.2f MB used an indicator",
              (heap.peakMb() - heap.beforeMb()) / (double) report.getKey()));
    }
    int smallest = heaps.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int largest = heaps.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    if (largest > smallest) {
      HeapSampler small = heaps.get(smallest);
      HeapSampler large = heaps.get(largest);
      double growth =
          ((large.peakLiveMb() - large.beforeMb()) - (small.peakLiveMb() - small.beforeMb()))
              / (double) (largest - smallest);
      out.line(
          f("live heap growth, %,d to %,d PDF", smallest, largest),
          f("%+.3f MB an indicator", growth),
          "flat",
          f(
              "live over before: %,d MB and %,d MB",
              small.peakLiveMb() - small.beforeMb(), large.peakLiveMb() - large.beforeMb()),
          "");
    }
  }
}
