package io.sibyl.mapper.schema;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.CasWriteUnknownException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.WriteTimeoutException;
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
 * A fencing lease on a keyspace's schema, held as a lightweight-transaction row of {@code
 * sibyl_schema_lock}. The row expires (TTL) unless its holder renews it, so the lock of a crashed
 * instance frees itself after one lease (plus a second: see {@link Lease}). The row is written only
 * by lightweight transactions, so Paxos orders every write to it whatever the clients' clocks say.
 * Every statement run under the lock ({@link #run}) first confirms the lease with a lightweight
 * transaction on the holder's own token ({@code UPDATE ... IF owner = me}); a holder that lost it
 * (paused past its lease, partitioned) stops before the statement instead of racing the new holder.
 */
final class SchemaLock implements AutoCloseable {

  static final String TABLE = "sibyl_schema_lock";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaLock.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final Bookkeeping bookkeeping;
  private final String table;
  private final String owner = UUID.randomUUID().toString();
  private final Duration leaseLength;
  private ScheduledExecutorService renewer;
  // Set once taken.
  private volatile Lease lease;
  // When an attempt to take the lock first ended with an unknown outcome (0: none did).
  private long unknownSince;
  private volatile boolean lost;
  private volatile boolean keepUntilExpiry;

  private SchemaLock(Bookkeeping bookkeeping, String keyspace) {
    this.bookkeeping = bookkeeping;
    this.table = CqlNames.qualify(keyspace, TABLE);
    this.leaseLength = bookkeeping.coordination().lockLease();
  }

  /**
   * Takes the lock of {@code keyspace}, waiting up to the configured time for another holder.
   *
   * @throws MapperException if it stays taken for longer
   */
  static SchemaLock acquire(Bookkeeping bookkeeping, String keyspace) {
    SchemaLock lock = new SchemaLock(bookkeeping, keyspace);
    bookkeeping.ensureTable(
        keyspace, TABLE, "(name text PRIMARY KEY, owner text, acquired_at timestamp)");
    Duration timeout = bookkeeping.coordination().lockWait();
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
                + new Lease(lock.leaseLength, 0).ttlSeconds()
                + "s. Raise the wait with Mapper.builder(session).schemaLock(lease, renewal,"
                + " wait)");
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

  /**
   * One attempt to take the lock. Contention between many instances can leave a lightweight
   * transaction's outcome unknown; that attempt counts as not taken, and the next one finds out: a
   * row that already names this instance as owner means the earlier attempt won.
   */
  private boolean tryAcquire() {
    long now = System.nanoTime();
    ResultSet result;
    try {
      result =
          bookkeeping.conditional(
              "INSERT INTO "
                  + table
                  + " (name, owner, acquired_at) VALUES ('schema', ?, toTimestamp(now()))"
                  + " IF NOT EXISTS USING TTL "
                  + new Lease(leaseLength, now).ttlSeconds(),
              owner);
    } catch (CasWriteUnknownException | WriteTimeoutException e) {
      LOG.debug("Outcome of taking the schema lock in {} unknown; trying again", table, e);
      if (unknownSince == 0) {
        unknownSince = now;
      }
      return false;
    } catch (InvalidQueryException e) {
      // Just created by other instances through other coordinators: this node may not have the
      // table yet although the nodes reported agreement. Wait for agreement again, then retry.
      LOG.debug("{} not yet known to the coordinator; trying again", table, e);
      bookkeeping.session().refreshSchema();
      return false;
    }
    if (result.wasApplied()) {
      lease = new Lease(leaseLength, now);
      return true;
    }
    if (unknownSince != 0 && isOwnRow(result.one())) {
      // The lease runs from that earlier attempt at the latest.
      lease = new Lease(leaseLength, unknownSince);
      return true;
    }
    return false;
  }

  private boolean isOwnRow(Row current) {
    return current != null
        && current.columnDefinitions().contains("owner")
        && owner.equals(current.getString("owner"));
  }

  private void startRenewing() {
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sibyl-schema-lock-renewer");
              thread.setDaemon(true);
              return thread;
            });
    long period = bookkeeping.coordination().lockRenewal().toMillis();
    renewer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
  }

  private void renew() {
    if (lost) {
      return;
    }
    try {
      if (!confirm()) {
        LOG.warn(
            "Lost the schema lock in {}: its lease expired before renewal; the apply stops before"
                + " its next statement",
            table);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not renew the schema lock in {}; the apply stops before its next statement if"
              + " the lease cannot be confirmed",
          table,
          e);
    }
  }

  /** Renews the lease if this instance still holds it; marks it lost otherwise. */
  private boolean confirm() {
    long now = System.nanoTime();
    if (lease.expired(now)) {
      // Paused past the lease: the row has expired even if nobody took it yet.
      lost = true;
      return false;
    }
    ResultSet result;
    try {
      result =
          bookkeeping.conditional(
              "UPDATE "
                  + table
                  + " USING TTL "
                  + lease.ttlSeconds()
                  + " SET owner = ? WHERE name = 'schema' IF owner = ?",
              owner,
              owner);
    } catch (CasWriteUnknownException | WriteTimeoutException e) {
      // Contention with instances waiting for the lock: the lease confirmed last is still good
      // for a while; past half of it (counted to now: the timeout took time), give up rather than
      // run unfenced.
      if (lease.coversUnknownOutcome(System.nanoTime())) {
        return true;
      }
      throw e;
    }
    if (!result.wasApplied()) {
      lost = true;
      return false;
    }
    lease.confirmed(now);
    return true;
  }

  /**
   * Runs one statement under the lock: confirms the lease first, and waits for the nodes to agree
   * on the schema after it.
   *
   * @throws SchemaLockLostException if the lease was lost; the statement did not run
   * @throws SchemaAgreementException if the nodes did not agree in time; the lock is then kept
   *     until its lease expires, to give the cluster time to settle
   */
  ResultSet run(String cql) {
    return run(SimpleStatement.of(cql));
  }

  /** {@link #run(String)} for a statement with its own options (such as its keyspace). */
  ResultSet run(SimpleStatement statement) {
    String cql = statement.query();
    if (lost || !confirm()) {
      throw new SchemaLockLostException(table, cql);
    }
    ResultSet result = bookkeeping.session().execute(statement);
    if (!result.executionInfo().schemaInAgreement()) {
      keepUntilExpiry = true;
      throw new SchemaAgreementException(cql);
    }
    return result;
  }

  /** Throws if the lease was lost, without a statement to name. */
  void ensureHeld(String what) {
    if (lost || !confirm()) {
      throw new SchemaLockLostException(table, what);
    }
  }

  /**
   * Releases the lock (only if still held by this instance): every statement run under it already
   * waited for schema agreement. After a disagreement it is left to expire instead.
   */
  @Override
  public void close() {
    if (renewer != null) {
      renewer.shutdownNow();
    }
    if (keepUntilExpiry || lost) {
      return;
    }
    try {
      bookkeeping.conditional(
          "DELETE FROM " + table + " WHERE name = 'schema' IF owner = ?", owner);
    } catch (RuntimeException e) {
      LOG.warn("Could not release the schema lock in {}; it expires by itself", table, e);
    }
  }

  /** Makes the session's schema metadata current: another instance may just have changed it. */
  void refreshMetadata() {
    bookkeeping.session().refreshSchema();
  }

  /** The holder's token, recorded with migrations it starts. */
  String owner() {
    return owner;
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
