package io.sibyl.bench.report;

/**
 * One measurement of both drivers.
 *
 * @param section the table it belongs to, e.g. {@code cassandra V5}
 * @param scenario the row, e.g. {@code select, async x256}
 * @param metric the column, e.g. {@code ops/s}
 * @param unit the unit of both values
 * @param sibyl Sibyl's value
 * @param reference the reference driver's value
 * @param higherIsBetter whether a larger value is the better one (throughput) or not (latency, CPU,
 *     bytes)
 */
public record Comparison(
    String section,
    String scenario,
    String metric,
    String unit,
    double sibyl,
    double reference,
    boolean higherIsBetter) {

  /** Sibyl's value divided by the reference driver's, NaN when that is zero. */
  public double ratio() {
    return reference == 0 ? Double.NaN : sibyl / reference;
  }
}
