package org.goldenthread.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Several people asking for pages at once, each on their own session and connection, each asking
 * again as soon as the last answer has arrived, for a fixed time after a short warm-up: throughput
 * and response times of the answers that came back whole (200); anything else is an error.
 */
final class Crowd {

  /** What a crowd saw: answers per second and their times (milliseconds), and the errors. */
  record Seen(
      int answered,
      Map<Integer, Integer> errors,
      double seconds,
      double p50,
      double p95,
      double p99) {

    double perSecond() {
      return answered / seconds;
    }

    /** How many errors, and of which statuses (599: no answer at all). */
    String errorsShown() {
      int all = errors.values().stream().mapToInt(Integer::intValue).sum();
      return all == 0 ? "0 errors" : all + " errors " + new TreeMap<>(errors);
    }
  }

  private Crowd() {}

  /** Each session asks for {@code paths.apply(n)}, n counting every request of the crowd. */
  static Seen run(List<Session> people, double seconds, IntFunction<String> paths)
      throws Exception {
    ask(people, Math.min(3, seconds / 4), paths, new AtomicInteger());
    return ask(people, seconds, paths, new AtomicInteger());
  }

  private static Seen ask(
      List<Session> people, double seconds, IntFunction<String> paths, AtomicInteger next)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(people.size());
    try {
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      List<Future<long[]>> each = new ArrayList<>();
      Map<Integer, Integer> errors = new ConcurrentHashMap<>();
      for (Session person : people) {
        each.add(
            threads.submit(
                () -> {
                  long[] times = new long[1024];
                  int n = 0;
                  while (System.nanoTime() < end) {
                    Session.Answer answer = person.get(paths.apply(next.getAndIncrement()));
                    if (answer.status() != 200) {
                      errors.merge(answer.status(), 1, Integer::sum);
                      continue;
                    }
                    if (n == times.length) {
                      times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = answer.nanos();
                  }
                  return Arrays.copyOf(times, n);
                }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> one : each) {
        all.add(one.get());
      }
      double took = (System.nanoTime() - start) / 1e9;
      long[] times = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Seen(
          times.length,
          Map.copyOf(errors),
          took,
          percentile(times, 50),
          percentile(times, 95),
          percentile(times, 99));
    } finally {
      threads.shutdownNow();
    }
  }

  /** The nearest-rank percentile of sorted times, in milliseconds. */
  static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
