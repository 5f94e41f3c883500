package io.sibyl.driver.policy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.CoordinatorException;

/**
 * Decides whether a failed attempt is retried, and where. The driver asks it only when a retry
 * cannot apply a write twice, or when the statement is idempotent: timeouts of writes, aborted
 * requests and error responses reach it only for idempotent statements.
 *
 * <p>Called on driver I/O threads: decide fast, never block. {@code retryCount} counts the retries
 * of this request so far.
 */
public interface RetryPolicy {

  /** A read timed out on the server: {@code received} of {@code blockFor} replicas answered. */
  RetryDecision onReadTimeout(
      Statement<?> statement,
      Consistency consistency,
      int blockFor,
      int received,
      boolean dataPresent,
      int retryCount);

  /** An idempotent write timed out on the server. */
  RetryDecision onWriteTimeout(
      Statement<?> statement,
      Consistency consistency,
      String writeType,
      int blockFor,
      int received,
      int retryCount);

  /** The coordinator knew that too few replicas were alive; nothing was executed. */
  RetryDecision onUnavailable(
      Statement<?> statement, Consistency consistency, int required, int alive, int retryCount);

  /**
   * An idempotent request was cut off: its connection closed or failed, or its attempt timed out,
   * before an answer came. The node may or may not have executed it.
   */
  RetryDecision onRequestAborted(Statement<?> statement, Throwable error, int retryCount);

  /**
   * An idempotent request got an error response other than the timeouts and unavailable: an
   * overloaded node, a server error, a truncate error, a read or write failure.
   */
  RetryDecision onErrorResponse(Statement<?> statement, CoordinatorException error, int retryCount);
}
