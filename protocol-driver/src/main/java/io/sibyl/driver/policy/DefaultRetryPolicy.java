package io.sibyl.driver.policy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.CoordinatorException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.TruncateException;

/**
 * The retry rules users of Cassandra drivers expect:
 *
 * <ul>
 *   <li>read timeout: retried once on the same node when enough replicas answered but the one asked
 *       for the data did not (the data is very likely there now);
 *   <li>write timeout (idempotent statements only): retried once on the same node when it was the
 *       batch log write that timed out;
 *   <li>unavailable: tried once on the next node (another coordinator may see more replicas);
 *   <li>aborted request (idempotent only): tried on the next node;
 *   <li>overloaded, server and truncate errors (idempotent only): tried on the next node; read and
 *       write failures are rethrown.
 * </ul>
 */
public class DefaultRetryPolicy implements RetryPolicy {
  /** The shared instance. */
  public static final DefaultRetryPolicy INSTANCE = new DefaultRetryPolicy();

  @Override
  public RetryDecision onReadTimeout(
      Statement<?> statement,
      Consistency consistency,
      int blockFor,
      int received,
      boolean dataPresent,
      int retryCount) {
    return retryCount == 0 && received >= blockFor && !dataPresent
        ? RetryDecision.RETRY_SAME
        : RetryDecision.RETHROW;
  }

  @Override
  public RetryDecision onWriteTimeout(
      Statement<?> statement,
      Consistency consistency,
      String writeType,
      int blockFor,
      int received,
      int retryCount) {
    return retryCount == 0 && "BATCH_LOG".equals(writeType)
        ? RetryDecision.RETRY_SAME
        : RetryDecision.RETHROW;
  }

  @Override
  public RetryDecision onUnavailable(
      Statement<?> statement, Consistency consistency, int required, int alive, int retryCount) {
    return retryCount == 0 ? RetryDecision.RETRY_NEXT : RetryDecision.RETHROW;
  }

  @Override
  public RetryDecision onRequestAborted(Statement<?> statement, Throwable error, int retryCount) {
    return RetryDecision.RETRY_NEXT;
  }

  @Override
  public RetryDecision onErrorResponse(
      Statement<?> statement, CoordinatorException error, int retryCount) {
    return error instanceof OverloadedException
            || error instanceof ServerErrorException
            || error instanceof TruncateException
        ? RetryDecision.RETRY_NEXT
        : RetryDecision.RETHROW;
  }
}
