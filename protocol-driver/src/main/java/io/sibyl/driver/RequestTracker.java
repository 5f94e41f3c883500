package io.sibyl.driver;

import io.sibyl.driver.metadata.Node;

/**
 * Told how each request went, for logging, tracing or metrics. Register one with {@code
 * SessionBuilder.addRequestTracker}. Called on driver I/O threads: be quick, never block, never
 * throw.
 */
public interface RequestTracker {
  /** A request succeeded, answered by {@code node}, {@code latencyNanos} after it started. */
  default void onSuccess(Statement<?> statement, Node node, long latencyNanos) {}

  /** A request failed for good; {@code node} is the last node tried, or null if none was. */
  default void onError(Statement<?> statement, Node node, Throwable error, long latencyNanos) {}

  /** One attempt on {@code node} failed (the request may still succeed elsewhere). */
  default void onNodeError(Statement<?> statement, Node node, Throwable error) {}

  /** The retry policy decided to try again after {@code error}. */
  default void onRetry(Statement<?> statement, Throwable error) {}

  /** A speculative execution of an idempotent statement was started. */
  default void onSpeculativeExecution(Statement<?> statement) {}
}
