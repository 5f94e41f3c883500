package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/** Replicas failed a write (0x1500). The write may have been applied on some replicas. */
public class WriteFailureException extends QueryConsistencyException {
  private static final long serialVersionUID = 1L;

  private final int numFailures;
  private final Map<InetAddress, Integer> reasons;
  private final String writeType;

  /** Creates the exception with the fields sent by the server. */
  public WriteFailureException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      int numFailures,
      Map<InetAddress, Integer> reasons,
      String writeType) {
    super(node, message, consistency, received, blockFor);
    this.numFailures = numFailures;
    this.reasons = Map.copyOf(reasons);
    this.writeType = writeType;
  }

  /** How many replicas failed. */
  public int numFailures() {
    return numFailures;
  }

  /** Failure reason codes by replica (protocol v5 only; empty with v4). */
  public Map<InetAddress, Integer> reasons() {
    return reasons;
  }

  /** The kind of write, as for {@link WriteTimeoutException#writeType()}. */
  public String writeType() {
    return writeType;
  }
}
