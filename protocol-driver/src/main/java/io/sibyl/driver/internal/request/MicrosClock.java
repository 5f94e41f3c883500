package io.sibyl.driver.internal.request;

import java.time.Instant;

/**
 * The wall clock in microseconds since the epoch, without allocating: an anchor (wall time and
 * {@link System#nanoTime()} read together) plus the nanoseconds elapsed since, checked against
 * {@link System#currentTimeMillis()} on every read and re-anchored when the two differ by more than
 * {@value #MAX_DRIFT_MILLIS} ms (the wall clock was stepped or slewed). Reads between re-anchorings
 * have microsecond resolution and never go back; a re-anchoring may step back (the timestamp
 * generator keeps its timestamps increasing anyway).
 */
final class MicrosClock {
  /** How far the clock may drift from {@link System#currentTimeMillis()} before re-anchoring. */
  static final long MAX_DRIFT_MILLIS = 1;

  /** The anchor: published whole, so that a reader never mixes two anchors' halves. */
  private record Anchor(long wallMicros, long nanos) {}

  private volatile Anchor anchor = anchor();

  /** The clock now, in microseconds since the epoch. */
  long micros() {
    Anchor current = anchor;
    long micros = current.wallMicros + (System.nanoTime() - current.nanos) / 1_000;
    long drift = micros / 1_000 - System.currentTimeMillis();
    if (drift > MAX_DRIFT_MILLIS || drift < -MAX_DRIFT_MILLIS) {
      Anchor fresh = anchor();
      anchor = fresh;
      return fresh.wallMicros;
    }
    return micros;
  }

  private static Anchor anchor() {
    long nanos = System.nanoTime();
    Instant now = Instant.now();
    return new Anchor(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000, nanos);
  }
}
