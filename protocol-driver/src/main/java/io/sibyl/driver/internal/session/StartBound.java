package io.sibyl.driver.internal.session;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.sibyl.driver.error.DriverTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds a session's start. Each step is bounded on its own (connects and handshakes by the connect
 * timeout, control queries by the same), so this is the safety net that makes {@code build()}
 * return even if a step forgot its bound: it fails with a {@link DriverTimeoutException} naming the
 * contact points and what to check.
 */
final class StartBound {
  private StartBound() {}

  /**
   * The time a start may take: per contact point a TCP connect, a handshake (twice when falling
   * back from v5 to v4) and the first system-table reads; then the pools and the keyspace check.
   */
  static Duration of(SessionConfig config) {
    return config.connectTimeout().multipliedBy(4L * config.contactPoints().size() + 4);
  }

  /** {@code start}, failed with a clear error if it has not completed within {@link #of}. */
  static <T> CompletableFuture<T> apply(
      CompletableFuture<T> start, SessionConfig config, Timer timer) {
    Duration bound = of(config);
    Timeout expiry =
        timer.newTimeout(
            ignored ->
                start.completeExceptionally(
                    new DriverTimeoutException(
                        "The session did not start within "
                            + bound.toMillis()
                            + " ms (contact points "
                            + config.contactPoints()
                            + "): a node accepted the connection but stopped answering. Check that"
                            + " the contact points are Cassandra native transport ports (9042 by"
                            + " default), that the nodes are healthy (nodetool status), and that"
                            + " no firewall or proxy holds the traffic; connectTimeout sets the"
                            + " limit of each step")),
            bound.toMillis(),
            TimeUnit.MILLISECONDS);
    start.whenComplete((ignored, error) -> expiry.cancel());
    return start;
  }
}
