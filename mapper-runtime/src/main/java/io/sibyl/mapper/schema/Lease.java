package io.sibyl.mapper.schema;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lock holder's own view of its lease, kept no longer than the lock row really lives on the
 * nodes, so that the holder never believes it holds a lock that another instance could already
 * take:
 *
 * <ul>
 *   <li>the lease runs from when a confirming lightweight transaction was <em>sent</em> (the row is
 *       written after that), by this JVM's monotonic clock;
 *   <li>the row is written with a TTL one second longer than the lease: Cassandra counts TTLs from
 *       the coordinator's current whole second, so a row written at {@code x.9} s with a TTL of
 *       {@code n} expires at {@code x + n}, up to a second before {@code x.9 + n};
 *   <li>a confirmation whose outcome is unknown (a timeout under contention) proves nothing: the
 *       last confirmed lease is trusted for half its length at most, measured when the answer came,
 *       not when the request left (the wait for a timeout can be long).
 * </ul>
 *
 * Thread-safe: the renewal thread and the thread running statements both confirm.
 */
final class Lease {

  private final int seconds;
  private final long nanos;
  private final AtomicLong confirmedAt;

  /**
   * A lease of {@code length} (whole seconds, at least one), confirmed by a lightweight transaction
   * sent at {@code sentAt} ({@link System#nanoTime()}).
   */
  Lease(Duration length, long sentAt) {
    this.seconds = (int) Math.max(1, length.toSeconds());
    this.nanos = Duration.ofSeconds(seconds).toNanos();
    this.confirmedAt = new AtomicLong(sentAt);
  }

  /** The lease in whole seconds, as named in messages. */
  int seconds() {
    return seconds;
  }

  /** The TTL to write the lock row with: one second more than the lease (see the class doc). */
  int ttlSeconds() {
    return seconds + 1;
  }

  /** Records a confirmation sent at {@code sentAt} that applied; the latest one counts. */
  void confirmed(long sentAt) {
    confirmedAt.accumulateAndGet(sentAt, Math::max);
  }

  /** Whether the lease has run out by {@code now}, whatever the nodes say. */
  boolean expired(long now) {
    return now - confirmedAt.get() > nanos;
  }

  /**
   * Whether a statement may still run on the strength of the last confirmed lease, when a
   * confirmation answered at {@code answeredAt} had an unknown outcome.
   */
  boolean coversUnknownOutcome(long answeredAt) {
    return answeredAt - confirmedAt.get() <= nanos / 2;
  }
}
