package io.sibyl.bench.load;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.Transport;
import io.sibyl.embedded.EmbeddedCassandra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Client CPU per request on NIO and on epoll: two sessions open side by side, one per {@link
 * Transport}, against the in-process responder or an embedded Cassandra node, run the same block of
 * requests in turn (the order rotating each round) for each path — async inserts and selects with
 * 256 in flight, sync inserts from 1 and from 8 threads — so that a change in the machine's load
 * hits both alike. Measures the CPU time of every thread of this JVM except the responder's (the
 * callers, both sessions' event loops and timers) per request, and prints per path the medians, the
 * epoll / NIO ratio of each round and their median.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.load.TransportCpuCost \
 *     [responder|cassandra] [rounds] [requests per block] [epoll|nio]
 * }</pre>
 */
public final class TransportCpuCost {
  private static final int IN_FLIGHT = 256;
  private static final int SYNC_THREADS = 8;
  private static final String[] PATHS = {
    "async insert x256", "async select x256", "sync insert x1", "sync insert x8"
  };

  private TransportCpuCost() {}

  /**
   * Runs the measurement.
   *
   * @param args the target (default responder), rounds (default 9), requests per block (default
   *     20000) and the transport compared with NIO (default epoll; {@code nio} gives an A/A run
   *     that shows the noise)
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    String targetName = args.length > 0 ? args[0] : "responder";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    Transport other =
        args.length > 3 ? Transport.valueOf(args[3].toUpperCase(Locale.ROOT)) : Transport.EPOLL;
    if (targetName.equals("cassandra")) {
      try (EmbeddedCassandra node = Targets.startCassandra(KvTable.KEYS, System.out)) {
        run(Targets.cassandra(node), rounds, requests, other);
      }
    } else {
      try (NativeProtocolResponder responder =
          NativeProtocolResponder.start(KvTable.cannedStatements())) {
        run(Targets.responder(responder), rounds, requests, other);
      }
    }
  }

  private static void run(Target target, int rounds, int requests, Transport other)
      throws Exception {
    Transport[] transports = {Transport.NIO, other};
    ExecutorService callers = Executors.newFixedThreadPool(SYNC_THREADS);
    try (Session nio = session(target, Transport.NIO);
        Session second = session(target, other)) {
      Session[] sessions = {nio, second};
      PreparedStatement[][] statements = new PreparedStatement[2][];
      for (int s = 0; s < 2; s++) {
        if (sessions[s].transport() != transports[s]) {
          throw new IllegalStateException(transports[s] + " asked, got " + sessions[s].transport());
        }
        statements[s] =
            new PreparedStatement[] {
              sessions[s].prepare(KvTable.INSERT), sessions[s].prepare(KvTable.SELECT)
            };
      }
      for (int path = 0; path < PATHS.length; path++) {
        for (int s = 0; s < 2; s++) {
          block(path, sessions[s], statements[s], requests, callers, target); // warm-up
        }
      }
      System.out.printf(
          "target %s, %d rounds of %,d requests per path and transport; CPU of this JVM's threads"
              + " but the responder's, per request%n",
          target.name(), rounds, requests);
      for (int path = 0; path < PATHS.length; path++) {
        double[][] nanos = new double[2][rounds];
        double[][] rates = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < 2; i++) {
            int s = (round + i) % 2;
            long start = System.nanoTime();
            nanos[s][round] = block(path, sessions[s], statements[s], requests, callers, target);
            rates[s][round] = requests / ((System.nanoTime() - start) / 1e9);
          }
        }
        report(PATHS[path], other.name().toLowerCase(Locale.ROOT), nanos, rates);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static void report(String path, String other, double[][] nanos, double[][] rates) {
    double[] ratios = new double[nanos[0].length];
    StringBuilder perRound = new StringBuilder();
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = nanos[1][r] / nanos[0][r];
      perRound.append(String.format(" %.2f", ratios[r]));
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-18s nio %,6.0f ns  %s %,6.0f ns  %s/nio median %.3f (min %.3f, max %.3f);"
            + " ops/s nio %,.0f %s %,.0f; rounds:%s%n",
        path,
        median(nanos[0]),
        other,
        median(nanos[1]),
        other,
        median(ratios),
        sorted[0],
        sorted[sorted.length - 1],
        median(rates[0]),
        other,
        median(rates[1]),
        perRound);
  }

  private static Session session(Target target, Transport transport) {
    return Session.builder()
        .addContactPoint(target.contactPoint())
        .localDatacenter(target.datacenter())
        .schemaMetadataEnabled(target.referenceMetadata())
        .transport(transport)
        .build();
  }

  /** Runs one block of one path; returns the CPU time of the client's threads per request, ns. */
  private static double block(
      int path,
      Session session,
      PreparedStatement[] statements,
      int count,
      ExecutorService callers,
      Target target)
      throws Exception {
    long before = ThreadCpu.allThreadsExcept(target.serverThreadIds());
    switch (path) {
      case 0 -> async(session, statements[0], count, false);
      case 1 -> async(session, statements[1], count, true);
      case 2 -> sync(session, statements[0], 0, count);
      default -> {
        List<Future<?>> running = new ArrayList<>();
        int each = count / SYNC_THREADS;
        for (int t = 0; t < SYNC_THREADS; t++) {
          int from = t * each;
          running.add(callers.submit(() -> sync(session, statements[0], from, each)));
        }
        for (Future<?> future : running) {
          future.get(120, TimeUnit.SECONDS);
        }
      }
    }
    return (ThreadCpu.allThreadsExcept(target.serverThreadIds()) - before) / (double) count;
  }

  private static BoundStatement bind(PreparedStatement statement, int i, boolean select) {
    int id = i % KvTable.KEYS;
    return select
        ? statement.bind().setInt(0, id)
        : statement
            .bind()
            .setInt(0, id)
            .setString(1, KvTable.name(id))
            .setLong(2, KvTable.amount(id))
            .setInstant(3, KvTable.UPDATED);
  }

  private static void sync(Session session, PreparedStatement insert, int from, int count) {
    for (int i = from; i < from + count; i++) {
      session.execute(bind(insert, i, false));
    }
  }

  private static void async(Session session, PreparedStatement statement, int count, boolean select)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < count && failure.get() == null; i++) {
      inFlight.acquire();
      session
          .executeAsync(bind(statement, i, select))
          .whenComplete(
              (ignored, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                }
                inFlight.release();
              });
    }
    if (!inFlight.tryAcquire(IN_FLIGHT, 120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("A block did not finish within 120 s");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("A request failed: " + failure.get(), failure.get());
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
