package org.goldenthread.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use, sampled every 50 ms by a thread of its own while something runs (the server is in
 * the same JVM as the benchmark): the highest sample, and the heap after a collection before and
 * after.
 */
final class HeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final long before;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile int samples;

  private HeapSampler() {
    before = usedAfterGc();
    peak = before;
    sampler =
        new Thread(
            () -> {
              while (running) {
                long used = MEMORY.getHeapMemoryUsage().getUsed();
                if (used > peak) {
                  peak = used;
                }
                samples++;
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static HeapSampler start() {
    return new HeapSampler();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }

  long beforeMb() {
    return before / 1_048_576;
  }

  long peakMb() {
    return peak / 1_048_576;
  }

  int samples() {
    return samples;
  }

  static long usedAfterGcMb() {
    return usedAfterGc() / 1_048_576;
  }

  private static long usedAfterGc() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
