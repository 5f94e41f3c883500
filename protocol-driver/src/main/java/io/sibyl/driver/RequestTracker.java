package io.sibyl.driver;

import io.sibyl.driver.metadata.Node;

/**
 * Told how each request went, for logging, tracing or metrics. Register one with {@code
 * SessionBuilder.addRequestTracker}. Called on driver I/O threads: be quick, never block, never
 * throw.
 *
 * <p>A tracker that needs per-request state (a tracing span, a timer sample) returns it from {@link
 * #onStart}; the driver hands that object back, unchanged, to every later callback of the same
 * request (the {@code ...(..., Object context)} forms). The context forms call the plain forms by
 * default, so a tracker that overrides only the plain forms keeps working. A tracker that keeps no
 * state returns null from {@code onStart} (the default), and the driver allocates nothing for it.
 */
public interface RequestTracker {
  /**
   * A request is starting (before it waits in the throttle's queue). Returns this tracker's
   * per-request state, or null for none; it is passed back to every later callback of the request.
   *
   * <p>The statement carries the {@link Statement#keyspace() keyspace} and {@link
   * Statement#consistency() consistency} it asked for (null for the session's); the node is known
   * only when the request ends ({@link #onSuccess(Statement, Node, long, Object)}).
   */
  default Object onStart(Statement<?> statement) {
    return null;
  }

  /** A request succeeded, answered by {@code node}, {@code latencyNanos} after it started. */
  default void onSuccess(Statement<?> statement, Node node, long latencyNanos) {}

  /**
   * Like {@link #onSuccess(Statement, Node, long)}, with what {@link #onStart} returned for this
   * request; calls that form by default.
   */
  default void onSuccess(Statement<?> statement, Node node, long latencyNanos, Object context) {
    onSuccess(statement, node, latencyNanos);
  }

  /** A request failed for good; {@code node} is the last node tried, or null if none was. */
  default void onError(Statement<?> statement, Node node, Throwable error, long latencyNanos) {}

  /**
   * Like {@link #onError(Statement, Node, Throwable, long)}, with what {@link #onStart} returned
   * for this request; calls that form by default.
   */
  default void onError(
      Statement<?> statement, Node node, Throwable error, long latencyNanos, Object context) {
    onError(statement, node, error, latencyNanos);
  }

  /** One attempt on {@code node} failed (the request may still succeed elsewhere). */
  default void onNodeError(Statement<?> statement, Node node, Throwable error) {}

  /**
   * Like {@link #onNodeError(Statement, Node, Throwable)}, with what {@link #onStart} returned for
   * this request; calls that form by default.
   */
  default void onNodeError(Statement<?> statement, Node node, Throwable error, Object context) {
    onNodeError(statement, node, error);
  }

  /** The retry policy decided to try again after {@code error}. */
  default void onRetry(Statement<?> statement, Throwable error) {}

  /**
   * Like {@link #onRetry(Statement, Throwable)}, with what {@link #onStart} returned for this
   * request; calls that form by default.
   */
  default void onRetry(Statement<?> statement, Throwable error, Object context) {
    onRetry(statement, error);
  }

  /** A speculative execution of an idempotent statement was started. */
  default void onSpeculativeExecution(Statement<?> statement) {}

  /**
   * Like {@link #onSpeculativeExecution(Statement)}, with what {@link #onStart} returned for this
   * request; calls that form by default.
   */
  default void onSpeculativeExecution(Statement<?> statement, Object context) {
    onSpeculativeExecution(statement);
  }
}
