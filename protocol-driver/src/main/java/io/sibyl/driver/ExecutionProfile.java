package io.sibyl.driver;

import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import java.time.Duration;

/**
 * A named set of request options, registered with {@link SessionBuilder#executionProfile} and
 * chosen per statement with {@link Statement#withExecutionProfile}. A null component means "the
 * session's default"; options set on the statement itself still win over the profile.
 *
 * <pre>{@code
 * Session.builder().executionProfile("analytics",
 *     ExecutionProfile.DEFAULTS.withConsistency(Consistency.ONE).withTimeout(Duration.ofMinutes(1)))
 * session.execute(statement.withExecutionProfile("analytics"));
 * }</pre>
 *
 * @param consistency the consistency level, or null
 * @param serialConsistency the serial consistency level, or null
 * @param timeout the request timeout, or null
 * @param pageSize the page size, or 0
 * @param idempotent whether statements are idempotent by default, or null
 * @param retryPolicy the retry policy, or null
 * @param speculativeExecutionPolicy the speculative execution policy, or null
 */
public record ExecutionProfile(
    Consistency consistency,
    Consistency serialConsistency,
    Duration timeout,
    int pageSize,
    Boolean idempotent,
    RetryPolicy retryPolicy,
    SpeculativeExecutionPolicy speculativeExecutionPolicy) {

  /** A profile that changes nothing; start from it with the {@code with*} methods. */
  public static final ExecutionProfile DEFAULTS =
      new ExecutionProfile(null, null, null, 0, null, null, null);

  /** A copy with another consistency level. */
  public ExecutionProfile withConsistency(Consistency level) {
    return new ExecutionProfile(
        level,
        serialConsistency,
        timeout,
        pageSize,
        idempotent,
        retryPolicy,
        speculativeExecutionPolicy);
  }

  /** A copy with another serial consistency level. */
  public ExecutionProfile withSerialConsistency(Consistency level) {
    return new ExecutionProfile(
        consistency, level, timeout, pageSize, idempotent, retryPolicy, speculativeExecutionPolicy);
  }

  /** A copy with another request timeout. */
  public ExecutionProfile withTimeout(Duration requestTimeout) {
    return new ExecutionProfile(
        consistency,
        serialConsistency,
        requestTimeout,
        pageSize,
        idempotent,
        retryPolicy,
        speculativeExecutionPolicy);
  }

  /** A copy with another page size. */
  public ExecutionProfile withPageSize(int rows) {
    return new ExecutionProfile(
        consistency,
        serialConsistency,
        timeout,
        rows,
        idempotent,
        retryPolicy,
        speculativeExecutionPolicy);
  }

  /** A copy with another default idempotence. */
  public ExecutionProfile withIdempotent(boolean value) {
    return new ExecutionProfile(
        consistency,
        serialConsistency,
        timeout,
        pageSize,
        value,
        retryPolicy,
        speculativeExecutionPolicy);
  }

  /** A copy with another retry policy. */
  public ExecutionProfile withRetryPolicy(RetryPolicy policy) {
    return new ExecutionProfile(
        consistency,
        serialConsistency,
        timeout,
        pageSize,
        idempotent,
        policy,
        speculativeExecutionPolicy);
  }

  /** A copy with another speculative execution policy. */
  public ExecutionProfile withSpeculativeExecutionPolicy(SpeculativeExecutionPolicy policy) {
    return new ExecutionProfile(
        consistency, serialConsistency, timeout, pageSize, idempotent, retryPolicy, policy);
  }

  /** {@code statement} with the options it leaves unset taken from this profile. */
  Statement<?> fillIn(Statement<?> statement) {
    Statement<?> result = statement;
    if (result.consistency() == null && consistency != null) {
      result = result.withConsistency(consistency);
    }
    if (result.serialConsistency() == null && serialConsistency != null) {
      result = result.withSerialConsistency(serialConsistency);
    }
    if (result.timeout() == null && timeout != null) {
      result = result.withTimeout(timeout);
    }
    if (result.pageSize() == 0 && pageSize > 0) {
      result = result.withPageSize(pageSize);
    }
    if (result.idempotent() == null && idempotent != null) {
      result = result.withIdempotent(idempotent);
    }
    return result;
  }
}
