package io.sibyl.driver.policy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.Statement;

/**
 * Trades consistency for availability: when too few replicas answer or are alive, retries once at
 * the highest level that the replicas that did answer can satisfy (THREE, TWO or ONE). Use it only
 * where reading or writing at a lower consistency than asked is acceptable; everything else is as
 * in {@link DefaultRetryPolicy}.
 */
public final class DowngradingConsistencyRetryPolicy extends DefaultRetryPolicy {

  @Override
  public RetryDecision onReadTimeout(
      Statement<?> statement,
      Consistency consistency,
      int blockFor,
      int received,
      boolean dataPresent,
      int retryCount) {
    if (retryCount > 0 || consistency.isSerial()) {
      return RetryDecision.RETHROW;
    }
    if (received < blockFor) {
      return downgradeTo(received);
    }
    return dataPresent ? RetryDecision.RETHROW : RetryDecision.RETRY_SAME;
  }

  @Override
  public RetryDecision onWriteTimeout(
      Statement<?> statement,
      Consistency consistency,
      String writeType,
      int blockFor,
      int received,
      int retryCount) {
    if (retryCount > 0) {
      return RetryDecision.RETHROW;
    }
    return switch (writeType) {
      case "SIMPLE", "BATCH" -> received > 0 ? RetryDecision.IGNORE : RetryDecision.RETHROW;
      case "UNLOGGED_BATCH" -> downgradeTo(received);
      case "BATCH_LOG" -> RetryDecision.RETRY_SAME;
      default -> RetryDecision.RETHROW;
    };
  }

  @Override
  public RetryDecision onUnavailable(
      Statement<?> statement, Consistency consistency, int required, int alive, int retryCount) {
    if (retryCount > 0) {
      return RetryDecision.RETHROW;
    }
    return consistency.isSerial() ? RetryDecision.RETRY_NEXT : downgradeTo(alive);
  }

  private static RetryDecision downgradeTo(int replicas) {
    if (replicas >= 3) {
      return RetryDecision.retrySameAt(Consistency.THREE);
    }
    if (replicas == 2) {
      return RetryDecision.retrySameAt(Consistency.TWO);
    }
    if (replicas == 1) {
      return RetryDecision.retrySameAt(Consistency.ONE);
    }
    return RetryDecision.RETHROW;
  }
}
