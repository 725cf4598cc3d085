package org.goldenthread.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Heap in use, sampled every 50 ms by a thread of its own while something runs (the server is in
 * the same JVM as the benchmark): the highest sample, and the heap after a collection before and
 * after. The used heap includes garbage the collector has not yet reclaimed, so the sampler also
 * keeps the highest live heap: what the heap's pools held just after their latest collection (G1's
 * young collections report the old generation too), which grows only with what is kept.
 */
final class HeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final List<MemoryPoolMXBean> HEAP_POOLS =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  private final long before;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long peakLive;
  private volatile int samples;

  private HeapSampler() {
    before = usedAfterGc();
    peak = before;
    peakLive = live();
    sampler =
        new Thread(
            () -> {
              while (running) {
                long used = MEMORY.getHeapMemoryUsage().getUsed();
                if (used > peak) {
                  peak = used;
                }
                long live = live();
                if (live > peakLive) {
                  peakLive = live;
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

  /** The highest live heap seen: the heap's pools as their latest collection left them. */
  long peakLiveMb() {
    return peakLive / 1_048_576;
  }

  private static long live() {
    long live = 0;
    for (MemoryPoolMXBean pool : HEAP_POOLS) {
      MemoryUsage after = pool.getCollectionUsage();
      if (after != null) {
        live += after.getUsed();
      }
    }
    return live;
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
