package io.sibyl.driver.policy;

import io.sibyl.driver.Statement;

/**
 * Decides whether to send an idempotent request to another node while the first is still running,
 * and when. The first answer wins; the others are abandoned. Only idempotent statements are ever
 * executed speculatively.
 */
public interface SpeculativeExecutionPolicy {

  /**
   * The delay, in milliseconds, before starting one more execution, or a negative value for no
   * more.
   *
   * @param statement the statement
   * @param runningExecutions how many executions have been started so far (at least 1)
   */
  long nextExecutionDelayMillis(Statement<?> statement, int runningExecutions);
}
