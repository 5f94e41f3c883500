package io.sibyl.mapper.schema;

import io.sibyl.driver.Session;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.CqlNames;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease on a keyspace's schema, held as a lightweight-transaction row of {@code
 * sibyl_schema_lock}. The row expires (TTL) unless its holder renews it, so the lock of a crashed
 * instance frees itself after one lease.
 */
final class SchemaLock implements AutoCloseable {

  static final String TABLE = "sibyl_schema_lock";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaLock.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final Session session;
  private final String table;
  private final String owner = UUID.randomUUID().toString();
  private final int leaseSeconds;
  private ScheduledExecutorService renewer;

  private SchemaLock(Session session, String keyspace, Duration lease) {
    this.session = session;
    this.table = CqlNames.qualify(keyspace, TABLE);
    this.leaseSeconds = (int) Math.max(2, lease.toSeconds());
  }

  /**
   * Takes the lock of {@code keyspace}, waiting up to {@code timeout} for another holder.
   *
   * @throws MapperException if it stays taken for longer
   */
  static SchemaLock acquire(Session session, String keyspace, Duration lease, Duration timeout) {
    SchemaLock lock = new SchemaLock(session, keyspace, lease);
    session.execute(
        "CREATE TABLE IF NOT EXISTS "
            + lock.table
            + " (name text PRIMARY KEY, owner text, acquired_at timestamp)");
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean waited = false;
    while (!lock.tryAcquire()) {
      if (System.nanoTime() > deadline) {
        throw new MapperException(
            "Timed out after "
                + timeout
                + " waiting for the schema lock in "
                + lock.table
                + ", held by another instance; if no instance is applying a schema, the lock"
                + " expires within "
                + lock.leaseSeconds
                + "s");
      }
      if (!waited) {
        LOG.info("Waiting for the schema lock in {} held by another instance", lock.table);
        waited = true;
      }
      sleep(POLL);
    }
    lock.startRenewing();
    return lock;
  }

  private boolean tryAcquire() {
    return session
        .execute(
            "INSERT INTO "
                + table
                + " (name, owner, acquired_at) VALUES ('schema', ?, toTimestamp(now()))"
                + " IF NOT EXISTS USING TTL "
                + leaseSeconds,
            owner)
        .wasApplied();
  }

  private void startRenewing() {
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sibyl-schema-lock-renewer");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(1, leaseSeconds * 1000L / 3);
    renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
  }

  private void renew() {
    try {
      boolean renewed =
          session
              .execute(
                  "UPDATE "
                      + table
                      + " USING TTL "
                      + leaseSeconds
                      + " SET owner = ? WHERE name = 'schema' IF owner = ?",
                  owner,
                  owner)
              .wasApplied();
      if (!renewed) {
        LOG.warn("Lost the schema lock in {}: its lease expired before renewal", table);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not renew the schema lock in {}", table, e);
    }
  }

  /** Releases the lock (only if still held by this instance). */
  @Override
  public void close() {
    if (renewer != null) {
      renewer.shutdownNow();
    }
    try {
      session.execute("DELETE FROM " + table + " WHERE name = 'schema' IF owner = ?", owner);
    } catch (RuntimeException e) {
      LOG.warn("Could not release the schema lock in {}; it expires by itself", table, e);
    }
  }

  /** Makes the session's schema metadata current: another instance may just have changed it. */
  void refreshMetadata() {
    session.refreshSchema();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MapperException("Interrupted while waiting for the schema lock", e);
    }
  }
}
