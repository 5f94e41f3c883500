package io.sibyl.bench.load;

import org.HdrHistogram.Histogram;

/**
 * The measurements of one scenario run by one driver.
 *
 * @param driver the driver's name
 * @param scenario the scenario
 * @param operations the requests that completed (successfully or not)
 * @param errors the requests that failed
 * @param elapsedNanos from the first request sent to the last response received
 * @param latencies request latencies in nanoseconds
 * @param usage the client's CPU time and allocations over the run
 */
public record ScenarioResult(
    String driver,
    Scenario scenario,
    long operations,
    long errors,
    long elapsedNanos,
    Histogram latencies,
    ClientResources.Usage usage) {

  /** Requests per second. */
  public double opsPerSecond() {
    return elapsedNanos == 0 ? 0 : operations * 1e9 / elapsedNanos;
  }

  /** A latency percentile in microseconds. */
  public double latencyMicros(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1_000.0;
  }

  /** Client CPU time per request, in microseconds. */
  public double cpuMicrosPerOp() {
    return operations == 0 ? 0 : usage.cpuNanos() / 1_000.0 / operations;
  }

  /**
   * The system (kernel) part of the client CPU time per request, in microseconds, or NaN where the
   * platform does not tell.
   */
  public double systemCpuMicrosPerOp() {
    return operations == 0 || usage.systemCpuNanos() < 0
        ? Double.NaN
        : usage.systemCpuNanos() / 1_000.0 / operations;
  }

  /** Bytes allocated per request. */
  public double bytesPerOp() {
    return operations == 0 ? 0 : (double) usage.allocatedBytes() / operations;
  }
}
