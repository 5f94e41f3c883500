package io.sibyl.bench.load;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;

/**
 * The cost of a synchronous call's wait: sync inserts (one caller thread) against the in-process
 * responder, in blocks that alternate (the order rotating each round) between {@code
 * Session.execute} — the caller parked by the request handler and woken by it directly — and {@code
 * executeAsync(...).toCompletableFuture().get()}, the wait a sync call used before. Measures, per
 * insert, the CPU time of every thread of this JVM (the in-process responder's included) and the
 * bytes allocated by every thread but the responder's, and prints the medians, the CPU ratio and
 * its spread over the rounds.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.load.SyncWaitCost [rounds] [inserts]
 * }</pre>
 */
public final class SyncWaitCost {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private SyncWaitCost() {}

  /**
   * Runs the measurement.
   *
   * @param args rounds (default 21) and inserts per block (default 5000)
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    int inserts = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    THREADS.setThreadAllocatedMemoryEnabled(true);
    try (NativeProtocolResponder responder =
            NativeProtocolResponder.start(KvTable.cannedStatements());
        Session session =
            Session.builder()
                .addContactPoint(responder.address())
                .localDatacenter("datacenter1")
                .build()) {
      PreparedStatement insert = session.prepare(KvTable.INSERT);
      for (int mode = 0; mode < 2; mode++) {
        block(session, insert, mode, 20_000); // warm-up
      }
      double[][] cpu = new double[2][rounds];
      double[][] bytes = new double[2][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < 2; i++) {
          int mode = (round + i) % 2;
          double[] measured = block(session, insert, mode, inserts);
          cpu[mode][round] = measured[0];
          bytes[mode][round] = measured[1];
        }
      }
      System.out.printf(
          "Per sync insert, execute() (direct wake-up) vs executeAsync().get():%n"
              + "  CPU   %,.0f ns vs %,.0f ns; ratio %.3f (per-round %.3f to %.3f)%n"
              + "  bytes %,.0f B vs %,.0f B (client threads)%n",
          median(cpu[0]),
          median(cpu[1]),
          median(cpu[0]) / median(cpu[1]),
          ratioBound(cpu, true),
          ratioBound(cpu, false),
          median(bytes[0]),
          median(bytes[1]));
    }
  }

  /** Runs {@code count} sync inserts; returns CPU ns and client bytes per insert. */
  private static double[] block(Session session, PreparedStatement insert, int mode, int count)
      throws InterruptedException, ExecutionException {
    long cpuBefore = ThreadCpu.allThreads();
    long bytesBefore = bytesOfClientThreads();
    for (int i = 0; i < count; i++) {
      BoundStatement bound =
          insert
              .bind()
              .setInt(0, i)
              .setString(1, "a")
              .setLong(2, 2L)
              .setInstant(3, KvTable.UPDATED);
      if (mode == 0) {
        session.execute(bound);
      } else {
        session.executeAsync(bound).toCompletableFuture().get();
      }
    }
    return new double[] {
      (ThreadCpu.allThreads() - cpuBefore) / (double) count,
      (bytesOfClientThreads() - bytesBefore) / (double) count
    };
  }

  // Every live thread but the responder's (named "responder-*" by NativeProtocolResponder).
  private static long bytesOfClientThreads() {
    long total = 0;
    for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null || info.getThreadName().startsWith("responder")) {
        continue;
      }
      long allocated = THREADS.getThreadAllocatedBytes(info.getThreadId());
      if (allocated > 0) {
        total += allocated;
      }
    }
    return total;
  }

  private static double ratioBound(double[][] values, boolean min) {
    double bound = min ? Double.MAX_VALUE : 0;
    for (int r = 0; r < values[0].length; r++) {
      double ratio = values[0][r] / values[1][r];
      bound = min ? Math.min(bound, ratio) : Math.max(bound, ratio);
    }
    return bound;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
