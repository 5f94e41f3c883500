package io.sibyl.bench.load;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Measures what the client costs the JVM between two snapshots: CPU time (the whole process's, via
 * {@code com.sun.management.OperatingSystemMXBean}, minus the threads of an in-process responder)
 * and bytes allocated (via {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}, summed
 * over every live thread except the responder's).
 *
 * <p>Allocation is counted per thread, so a thread that ends between the snapshots takes its bytes
 * with it: the load generator's own threads live for the whole run, and the drivers' I/O threads
 * for the whole session, so only short-lived helper threads are missed. The process CPU time
 * includes JIT compilation and GC, which the client's garbage causes.
 *
 * <p>The system (kernel) part of that CPU time comes from {@code /proc/self/stat} (Linux; in clock
 * ticks of 10 ms, so a window of a few seconds is needed): socket reads and writes, wake-ups and
 * parking, which user-space changes in a driver cannot remove. Elsewhere it reads as -1.
 */
public final class ClientResources {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final Set<Long> excludedThreadIds;

  /**
   * Creates a meter.
   *
   * @param excludedThreadIds threads whose CPU and allocations are not the client's (a live set)
   */
  public ClientResources(Set<Long> excludedThreadIds) {
    this.excludedThreadIds = excludedThreadIds;
    threads.setThreadAllocatedMemoryEnabled(true);
    threads.setThreadCpuTimeEnabled(true);
  }

  /** What the client had used up to now. */
  public Snapshot snapshot() {
    long[] ids = threads.getAllThreadIds();
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> allocatedByThread = new HashMap<>(ids.length * 2);
    long excludedCpu = 0;
    long excludedSystem = 0;
    for (int i = 0; i < ids.length; i++) {
      if (excludedThreadIds.contains(ids[i])) {
        long cpu = Math.max(threads.getThreadCpuTime(ids[i]), 0);
        excludedCpu += cpu;
        excludedSystem += Math.max(cpu - threads.getThreadUserTime(ids[i]), 0);
      } else if (allocated[i] >= 0) {
        allocatedByThread.put(ids[i], allocated[i]);
      }
    }
    return new Snapshot(
        os.getProcessCpuTime(),
        excludedCpu,
        ProcessStat.systemCpuNanos(),
        excludedSystem,
        allocatedByThread);
  }

  /**
   * A point-in-time reading; subtract two with {@link #since}.
   *
   * @param processCpuNanos the process's CPU time
   * @param excludedCpuNanos the excluded threads' CPU time
   * @param processSystemNanos the process's system CPU time, or -1 where unknown
   * @param excludedSystemNanos the excluded threads' system CPU time
   * @param allocated bytes allocated so far, per thread id
   */
  public record Snapshot(
      long processCpuNanos,
      long excludedCpuNanos,
      long processSystemNanos,
      long excludedSystemNanos,
      Map<Long, Long> allocated) {
    /** The client's CPU time and allocations from {@code start} to this snapshot. */
    public Usage since(Snapshot start) {
      long cpu =
          (processCpuNanos - start.processCpuNanos) - (excludedCpuNanos - start.excludedCpuNanos);
      long system =
          processSystemNanos < 0 || start.processSystemNanos < 0
              ? -1
              : Math.max(
                  (processSystemNanos - start.processSystemNanos)
                      - (excludedSystemNanos - start.excludedSystemNanos),
                  0);
      long bytes = 0;
      for (Map.Entry<Long, Long> thread : allocated.entrySet()) {
        bytes += thread.getValue() - start.allocated.getOrDefault(thread.getKey(), 0L);
      }
      return new Usage(Math.max(cpu, 0), system, Math.max(bytes, 0));
    }
  }

  /**
   * What the client used between two snapshots.
   *
   * @param cpuNanos CPU time, all threads of the client
   * @param systemCpuNanos the system (kernel) part of it, or -1 where unknown
   * @param allocatedBytes heap bytes allocated
   */
  public record Usage(long cpuNanos, long systemCpuNanos, long allocatedBytes) {}
}
