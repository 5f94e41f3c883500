package io.sibyl.bench.load;

/** What each request of a scenario does. */
public enum Workload {
  /** A prepared INSERT of a small row. */
  INSERT("insert"),
  /** A prepared SELECT by partition key, reading every column of the row. */
  SELECT("select"),
  /** Half INSERTs, half SELECTs, drawn at random. */
  MIX("mix 50/50");

  private final String label;

  Workload(String label) {
    this.label = label;
  }

  /** The name in the results table. */
  public String label() {
    return label;
  }
}
