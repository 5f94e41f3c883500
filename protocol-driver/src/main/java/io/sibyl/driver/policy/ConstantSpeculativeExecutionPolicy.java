package io.sibyl.driver.policy;

/**
 * Starts another execution every {@code delayMillis} until {@code maxExecutions} are running (the
 * first one included).
 */
public final class ConstantSpeculativeExecutionPolicy implements SpeculativeExecutionPolicy {
  private final int maxExecutions;
  private final long delayMillis;

  /** Creates the policy; {@code maxExecutions} counts the first execution. */
  public ConstantSpeculativeExecutionPolicy(int maxExecutions, long delayMillis) {
    if (maxExecutions < 1 || delayMillis < 0) {
      throw new IllegalArgumentException("maxExecutions must be >= 1 and delayMillis >= 0");
    }
    this.maxExecutions = maxExecutions;
    this.delayMillis = delayMillis;
  }

  @Override
  public long nextExecutionDelayMillis(io.sibyl.driver.Statement<?> statement, int running) {
    return running < maxExecutions ? delayMillis : -1;
  }
}
