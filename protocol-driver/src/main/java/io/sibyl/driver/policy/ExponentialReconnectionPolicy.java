package io.sibyl.driver.policy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits {@code base}, then twice as long after each failed attempt, up to {@code max}, each delay
 * drawn at random in its upper half (jitter), so that nodes coming back together are not hit by
 * every client at the same instant. The default: 1 s to 60 s.
 */
public final class ExponentialReconnectionPolicy implements ReconnectionPolicy {
  private final long baseMillis;
  private final long maxMillis;

  /** The default schedule: from 1 s, doubling, up to 60 s. */
  public ExponentialReconnectionPolicy() {
    this(Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  /** A schedule from {@code base}, doubling, up to {@code max}. */
  public ExponentialReconnectionPolicy(Duration base, Duration max) {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("Need 0 < base <= max, got " + base + " and " + max);
    }
    this.baseMillis = base.toMillis();
    this.maxMillis = max.toMillis();
  }

  @Override
  public Schedule newSchedule() {
    return new Schedule() {
      private int attempts;

      @Override
      public Duration nextDelay() {
        long exponential = baseMillis << Math.min(attempts++, 30);
        long capped = exponential <= 0 ? maxMillis : Math.min(exponential, maxMillis);
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
      }
    };
  }
}
