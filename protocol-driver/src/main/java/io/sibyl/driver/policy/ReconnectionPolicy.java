package io.sibyl.driver.policy;

import java.time.Duration;

/**
 * Decides how long to wait between attempts to reconnect to a node that went down (and for the
 * control connection). Each outage gets its own {@link Schedule}.
 */
public interface ReconnectionPolicy {

  /** A new schedule, for one outage of one node. */
  Schedule newSchedule();

  /** The delays of one outage's attempts. */
  interface Schedule {
    /** The delay before the next attempt. */
    Duration nextDelay();
  }
}
