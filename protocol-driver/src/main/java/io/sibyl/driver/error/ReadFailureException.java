package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/** Replicas failed a read, e.g. on too many tombstones (0x1300). */
public class ReadFailureException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int blockFor;
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
    super(node, message);
    this.consistency = consistency;
    this.received = received;
    this.blockFor = blockFor;
    this.numFailures = numFailures;
    this.reasons = Map.copyOf(reasons);
    this.dataPresent = dataPresent;
  }

  /** The consistency level of the read. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas answered. */
  public int received() {
    return received;
  }

  /** How many answers the consistency level needed. */
  public int blockFor() {
    return blockFor;
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
