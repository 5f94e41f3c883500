package io.sibyl.mapper.schema;

import io.sibyl.driver.Consistency;
import java.time.Duration;
import java.util.Objects;

/**
 * How instances coordinate schema changes: the schema lock's lease, the heartbeat with which each
 * instance says which model it runs, the consistency of Sibyl's own bookkeeping tables, and the
 * order of versioned migrations.
 *
 * @param lockLease how long a schema lock lives unless renewed; a holder that cannot renew within
 *     it loses the lock and aborts before its next statement
 * @param lockRenewal how often the holder renews its lease (shorter than the lease)
 * @param lockWait how long an instance waits for another's lock before failing
 * @param heartbeatTtl how long an instance's heartbeat row lives unless refreshed (every third of
 *     it); an instance that stopped refreshing counts as gone after it
 * @param consistency the consistency of bookkeeping reads and writes ({@code QUORUM} or {@code
 *     LOCAL_QUORUM})
 * @param serialConsistency the serial consistency of bookkeeping lightweight transactions ({@code
 *     SERIAL} or {@code LOCAL_SERIAL})
 * @param outOfOrderMigrations whether a migration whose version is lower than an applied one may
 *     run (otherwise it is refused)
 * @param appVersion the application's version, recorded with its model fingerprint; may be null
 */
public record SchemaCoordination(
    Duration lockLease,
    Duration lockRenewal,
    Duration lockWait,
    Duration heartbeatTtl,
    Consistency consistency,
    Consistency serialConsistency,
    boolean outOfOrderMigrations,
    String appVersion) {

  /** Checks the components. */
  public SchemaCoordination {
    requirePositive(lockLease, "lockLease");
    requirePositive(lockRenewal, "lockRenewal");
    requirePositive(lockWait, "lockWait");
    requirePositive(heartbeatTtl, "heartbeatTtl");
    if (lockRenewal.compareTo(lockLease) >= 0) {
      throw new IllegalArgumentException(
          "lockRenewal (" + lockRenewal + ") must be shorter than lockLease (" + lockLease + ")");
    }
    if (lockLease.toMillis() < 1000 || heartbeatTtl.toMillis() < 1000) {
      throw new IllegalArgumentException(
          "lockLease and heartbeatTtl are stored as TTLs and must be at least 1 second");
    }
    Objects.requireNonNull(consistency, "consistency");
    Objects.requireNonNull(serialConsistency, "serialConsistency");
    if (serialConsistency != Consistency.SERIAL && serialConsistency != Consistency.LOCAL_SERIAL) {
      throw new IllegalArgumentException(
          "serialConsistency must be SERIAL or LOCAL_SERIAL, not " + serialConsistency);
    }
  }

  /**
   * The defaults: a 30 s lease renewed every 10 s, 5 minutes of waiting, a 60 s heartbeat, QUORUM
   * and SERIAL, migrations in order, no application version.
   */
  public static SchemaCoordination defaults() {
    return new SchemaCoordination(
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofMinutes(5),
        Duration.ofSeconds(60),
        Consistency.QUORUM,
        Consistency.SERIAL,
        false,
        null);
  }

  /** These settings with another lease, renewal interval and wait timeout. */
  public SchemaCoordination withLock(Duration lease, Duration renewal, Duration wait) {
    return new SchemaCoordination(
        lease,
        renewal,
        wait,
        heartbeatTtl,
        consistency,
        serialConsistency,
        outOfOrderMigrations,
        appVersion);
  }

  /** These settings with another heartbeat TTL. */
  public SchemaCoordination withHeartbeat(Duration ttl) {
    return new SchemaCoordination(
        lockLease,
        lockRenewal,
        lockWait,
        ttl,
        consistency,
        serialConsistency,
        outOfOrderMigrations,
        appVersion);
  }

  /** These settings with another bookkeeping consistency and serial consistency. */
  public SchemaCoordination withConsistency(Consistency level, Consistency serial) {
    return new SchemaCoordination(
        lockLease,
        lockRenewal,
        lockWait,
        heartbeatTtl,
        level,
        serial,
        outOfOrderMigrations,
        appVersion);
  }

  /** These settings allowing (or not) out-of-order migrations. */
  public SchemaCoordination withOutOfOrderMigrations(boolean allowed) {
    return new SchemaCoordination(
        lockLease,
        lockRenewal,
        lockWait,
        heartbeatTtl,
        consistency,
        serialConsistency,
        allowed,
        appVersion);
  }

  /** These settings with an application version. */
  public SchemaCoordination withAppVersion(String version) {
    return new SchemaCoordination(
        lockLease,
        lockRenewal,
        lockWait,
        heartbeatTtl,
        consistency,
        serialConsistency,
        outOfOrderMigrations,
        version);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + duration);
    }
  }
}
