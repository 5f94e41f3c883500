package io.sibyl.driver;

import java.util.Map;

/**
 * Counters and latencies of a session's requests since it started ({@link Session#metrics()}).
 * Every method reads live values and is safe from any thread; a metrics library can poll them (a
 * Micrometer binding would register one gauge or function counter per method).
 */
public interface SessionMetrics {
  /** Requests that completed, successfully or not. */
  long requests();

  /** Requests that failed. */
  long errors();

  /** Failed requests by the simple class name of their exception. */
  Map<String, Long> errorsByKind();

  /** Retries decided by the retry policy. */
  long retries();

  /** Speculative executions started. */
  long speculativeExecutions();

  /** Requests refused by the throttle. */
  long throttled();

  /** Requests running now. */
  int inFlight();

  /** Requests waiting in the throttle's queue now. */
  int queued();

  /** Open connections over all nodes. */
  int openConnections();

  /**
   * A latency percentile of successful requests, in microseconds (within about 20%), or 0 before
   * any.
   *
   * @param percentile between 0 and 100, e.g. 99.9
   */
  long latencyMicros(double percentile);
}
