package io.sibyl.bench.load;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.TimestampGenerator;
import java.util.Arrays;

/**
 * The CPU cost of client-side timestamps: sync inserts against the in-process responder from two
 * sessions open side by side, one with the default {@link TimestampGenerator#monotonic()} and one
 * with {@link TimestampGenerator#server()} (no timestamp sent), in blocks that alternate between
 * them (the order rotating each round) so that a change in the machine's load hits both alike.
 * Measures the CPU time of every thread of this JVM (caller, event loops, responder) per insert and
 * prints the medians and their ratio.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.load.TimestampCpuCost [rounds] [inserts]
 * }</pre>
 */
public final class TimestampCpuCost {
  private TimestampCpuCost() {}

  /**
   * Runs the measurement.
   *
   * @param args rounds (default 21) and inserts per block (default 5000)
   */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    int inserts = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    try (NativeProtocolResponder responder =
            NativeProtocolResponder.start(KvTable.cannedStatements());
        Session client = session(responder, TimestampGenerator.monotonic());
        Session server = session(responder, TimestampGenerator.server())) {
      Session[] sessions = {client, server};
      PreparedStatement[] statements = {
        client.prepare(KvTable.INSERT), server.prepare(KvTable.INSERT)
      };
      for (int s = 0; s < sessions.length; s++) {
        block(sessions[s], statements[s], 20_000); // warm-up
      }
      double[][] nanos = new double[2][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < 2; i++) {
          int s = (round + i) % 2;
          nanos[s][round] = block(sessions[s], statements[s], inserts);
        }
      }
      double clientMedian = median(nanos[0]);
      double serverMedian = median(nanos[1]);
      System.out.printf(
          "CPU per sync insert: client timestamps %,.0f ns, server timestamps %,.0f ns;"
              + " client / server %.3f (per-round ratios %.3f to %.3f)%n",
          clientMedian,
          serverMedian,
          clientMedian / serverMedian,
          minRatio(nanos),
          maxRatio(nanos));
    }
  }

  private static Session session(NativeProtocolResponder responder, TimestampGenerator timestamps) {
    return Session.builder()
        .addContactPoint(responder.address())
        .localDatacenter("datacenter1")
        .timestampGenerator(timestamps)
        .build();
  }

  /** Runs {@code count} sync inserts; returns the CPU time of all threads per insert, in ns. */
  private static double block(Session session, PreparedStatement insert, int count) {
    long before = ThreadCpu.allThreads();
    for (int i = 0; i < count; i++) {
      session.execute(
          insert
              .bind()
              .setInt(0, i)
              .setString(1, "a")
              .setLong(2, 2L)
              .setInstant(3, KvTable.UPDATED));
    }
    return (ThreadCpu.allThreads() - before) / (double) count;
  }

  private static double minRatio(double[][] nanos) {
    double min = Double.MAX_VALUE;
    for (int r = 0; r < nanos[0].length; r++) {
      min = Math.min(min, nanos[0][r] / nanos[1][r]);
    }
    return min;
  }

  private static double maxRatio(double[][] nanos) {
    double max = 0;
    for (int r = 0; r < nanos[0].length; r++) {
      max = Math.max(max, nanos[0][r] / nanos[1][r]);
    }
    return max;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
