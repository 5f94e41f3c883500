package io.sibyl.driver.policy;

import java.time.Duration;

/** Waits the same delay between all attempts. */
public final class ConstantReconnectionPolicy implements ReconnectionPolicy {
  private final Duration delay;

  /** A schedule of constant {@code delay}. */
  public ConstantReconnectionPolicy(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive, got " + delay);
    }
    this.delay = delay;
  }

  @Override
  public Schedule newSchedule() {
    return () -> delay;
  }
}
