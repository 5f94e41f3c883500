package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/** Replicas did not answer a read in time on the server side (0x1200). */
public class ReadTimeoutException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int blockFor;
  private final boolean dataPresent;

  /** Creates the exception with the fields sent by the server. */
  public ReadTimeoutException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      boolean dataPresent) {
    super(node, message);
    this.consistency = consistency;
    this.received = received;
    this.blockFor = blockFor;
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

  /** Whether the replica asked for the data (not only a digest) answered. */
  public boolean dataPresent() {
    return dataPresent;
  }
}
