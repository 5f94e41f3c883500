package io.sibyl.bench.alloc;

import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * Bytes allocated by the client's threads, from {@link com.sun.management.ThreadMXBean}.
 *
 * <p>The method: {@code getThreadAllocatedBytes} reports, per live thread, the bytes that thread
 * has allocated since it started (HotSpot counts them exactly as each thread's TLAB fills or an
 * object is allocated outside it). One request touches two kinds of thread: the caller, which binds
 * and submits it (and, for a sync call, wakes up with the answer), and the driver's event loop,
 * which encodes the frame, decodes the response and completes the futures (and runs whatever the
 * caller chained on them). A snapshot sums the figure over every live thread <em>except</em> the
 * in-process responder's, which plays the server; the difference of two snapshots divided by the
 * number of requests is the client's bytes per request. Summing every other thread rather than
 * naming the caller and the {@code sibyl-*-io} threads also catches work that a future change might
 * move to another thread (a timer, a pool); the idle test-framework threads add nothing measurable
 * over thousands of requests. Threads that die between two snapshots would be missed, but the
 * caller and the session's threads live for the whole measurement.
 */
final class AllocationMeter {
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final Set<Long> excludedThreadIds;

  /**
   * A meter leaving out some threads.
   *
   * @param excludedThreadIds the ids of the threads not to count (a live view is fine)
   */
  AllocationMeter(Set<Long> excludedThreadIds) {
    this.excludedThreadIds = excludedThreadIds;
    if (!threads.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException(
          "This JVM cannot measure per-thread allocation (ThreadMXBean"
              + ".isThreadAllocatedMemorySupported() is false): run the test on HotSpot");
    }
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** The bytes allocated so far by every live thread that is not excluded. */
  long snapshot() {
    long[] ids = threads.getAllThreadIds();
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    long total = 0;
    for (int i = 0; i < ids.length; i++) {
      if (allocated[i] > 0 && !excludedThreadIds.contains(ids[i])) {
        total += allocated[i];
      }
    }
    return total;
  }
}
