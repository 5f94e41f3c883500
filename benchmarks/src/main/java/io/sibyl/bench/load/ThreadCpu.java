package io.sibyl.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;

/**
 * The CPU time of this JVM's live threads, summed from {@code ThreadMXBean}: what the A/B cost
 * mains (one JVM, alternating blocks) subtract before and after a block. A thread that ends between
 * two readings takes its time with it, so those mains keep their threads alive.
 */
public final class ThreadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThreadCpu() {}

  /** The CPU time of every live thread, in nanoseconds. */
  public static long allThreads() {
    return allThreadsExcept(Set.of());
  }

  /** The CPU time of every live thread but {@code excluded} (ids), in nanoseconds. */
  public static long allThreadsExcept(Set<Long> excluded) {
    long total = 0;
    for (long id : THREADS.getAllThreadIds()) {
      if (excluded.contains(id)) {
        continue;
      }
      long cpu = THREADS.getThreadCpuTime(id);
      if (cpu > 0) {
        total += cpu;
      }
    }
    return total;
  }
}
