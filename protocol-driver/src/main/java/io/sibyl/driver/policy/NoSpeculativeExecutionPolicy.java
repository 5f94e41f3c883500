package io.sibyl.driver.policy;

import io.sibyl.driver.Statement;

/** Never starts a speculative execution (the default). */
public final class NoSpeculativeExecutionPolicy implements SpeculativeExecutionPolicy {
  /** The shared instance. */
  public static final NoSpeculativeExecutionPolicy INSTANCE = new NoSpeculativeExecutionPolicy();

  private NoSpeculativeExecutionPolicy() {}

  @Override
  public long nextExecutionDelayMillis(Statement<?> statement, int runningExecutions) {
    return -1;
  }
}
