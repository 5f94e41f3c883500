package io.sibyl.bench.load;

import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Starts the targets of the load tests and prepares their data. */
public final class Targets {
  private Targets() {}

  /**
   * Starts one embedded Cassandra node with full JIT (the node runs in its own JVM), creates the
   * workload's table and writes the keys 0 to {@code keys - 1}.
   */
  public static EmbeddedCassandra startCassandra(int keys, PrintStream log) {
    log.println("[cassandra] starting one embedded node");
    long start = System.nanoTime();
    EmbeddedCassandra cassandra = EmbeddedCassandra.builder().fastStartup(false).start();
    log.printf("[cassandra] node ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
    try {
      load(cassandra(cassandra), keys, log);
      return cassandra;
    } catch (RuntimeException e) {
      cassandra.close();
      throw e;
    }
  }

  /** The target of an embedded node. */
  public static Target cassandra(EmbeddedCassandra cassandra) {
    return new Target(
        "cassandra", cassandra.contactPoints().get(0), cassandra.localDatacenter(), Set.of(), true);
  }

  /** The target of an in-process responder. */
  public static Target responder(NativeProtocolResponder responder) {
    return new Target(
        "responder", responder.address(), "datacenter1", responder.threadIds(), false);
  }

  private static void load(Target target, int keys, PrintStream log) {
    long start = System.nanoTime();
    try (Session session =
        Session.builder()
            .addContactPoint(target.contactPoint())
            .localDatacenter(target.datacenter())
            .build()) {
      session.execute(KvTable.CREATE_KEYSPACE);
      session.execute(KvTable.CREATE_TABLE);
      PreparedStatement insert = session.prepare(KvTable.INSERT);
      Semaphore inFlight = new Semaphore(256);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      for (int id = 0; id < keys && failure.get() == null; id++) {
        inFlight.acquireUninterruptibly();
        CompletableFuture<?> write =
            session
                .executeAsync(
                    insert
                        .bind()
                        .setInt(0, id)
                        .setString(1, KvTable.name(id))
                        .setLong(2, KvTable.amount(id))
                        .setInstant(3, KvTable.UPDATED))
                .toCompletableFuture();
        write.whenComplete(
            (ignored, error) -> {
              if (error != null) {
                failure.compareAndSet(null, error);
              }
              inFlight.release();
            });
      }
      if (!inFlight.tryAcquire(256, 60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Loading the keys did not finish within 60 s");
      }
      if (failure.get() != null) {
        throw new IllegalStateException("Loading the keys failed: " + failure.get(), failure.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading the keys", e);
    }
    log.printf(
        "[cassandra] table created, %,d keys written in %.1f s%n",
        keys, (System.nanoTime() - start) / 1e9);
  }
}
