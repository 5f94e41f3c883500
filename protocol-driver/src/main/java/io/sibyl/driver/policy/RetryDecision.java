package io.sibyl.driver.policy;

import io.sibyl.driver.Consistency;

/**
 * What to do after a failed attempt.
 *
 * @param kind the action
 * @param consistency for a retry, the consistency level to retry at (null: the same as before)
 */
public record RetryDecision(Kind kind, Consistency consistency) {
  /** Fail the request with the error. */
  public static final RetryDecision RETHROW = new RetryDecision(Kind.RETHROW, null);

  /** Try again on the same node. */
  public static final RetryDecision RETRY_SAME = new RetryDecision(Kind.RETRY_SAME, null);

  /** Try the next node of the query plan. */
  public static final RetryDecision RETRY_NEXT = new RetryDecision(Kind.RETRY_NEXT, null);

  /** Succeed with an empty result, as if the statement had returned nothing. */
  public static final RetryDecision IGNORE = new RetryDecision(Kind.IGNORE, null);

  /** The possible actions. */
  public enum Kind {
    /** Fail the request. */
    RETHROW,
    /** Retry on the same node. */
    RETRY_SAME,
    /** Retry on the next node. */
    RETRY_NEXT,
    /** Return an empty result. */
    IGNORE
  }

  /** Retry on the same node at another consistency level. */
  public static RetryDecision retrySameAt(Consistency consistency) {
    return new RetryDecision(Kind.RETRY_SAME, consistency);
  }
}
