package io.sibyl.bench.load;

import java.time.Duration;

/**
 * One measured run: a workload at a concurrency, bounded in time and in count (whichever comes
 * first).
 *
 * @param workload what each request does
 * @param concurrency how requests are issued
 * @param duration the longest the scenario runs
 * @param maxOperations the most requests it sends
 * @param keys requests use the keys 0 to {@code keys - 1}, at random
 */
public record Scenario(
    Workload workload, Concurrency concurrency, Duration duration, long maxOperations, int keys) {

  /** The name in the results table, e.g. {@code select, async x256}. */
  public String label() {
    return workload.label() + ", " + concurrency.label();
  }
}
