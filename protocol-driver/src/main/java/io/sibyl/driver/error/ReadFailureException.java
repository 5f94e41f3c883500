package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/** Replicas failed a read, e.g. on too many tombstones (0x1300). */
public class ReadFailureException extends QueryConsistencyException {
  private static final long serialVersionUID = 1L;

  private final int numFailures;
  private final Map<InetAddress, Integer> reasons;
  private final boolean dataPresent;

  /** Creates the exception with the fields sent by the server. */
  public ReadFailureException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      int numFailures,
      Map<InetAddress, Integer> reasons,
      boolean dataPresent) {
    super(node, message, consistency, received, blockFor);
    this.numFailures = numFailures;
    this.reasons = Map.copyOf(reasons);
    this.dataPresent = dataPresent;
  }

  /** How many replicas failed. */
  public int numFailures() {
    return numFailures;
  }

  /** Failure reason codes by replica (protocol v5 only; empty with v4). */
  public Map<InetAddress, Integer> reasons() {
    return reasons;
  }

  /** Whether the replica asked for the data answered. */
  public boolean dataPresent() {
    return dataPresent;
  }
}
