package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/** Replicas did not answer a read in time on the server side (0x1200). */
public class ReadTimeoutException extends QueryConsistencyException {
  private static final long serialVersionUID = 1L;

  private final boolean dataPresent;

  /** Creates the exception with the fields sent by the server. */
  public ReadTimeoutException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      boolean dataPresent) {
    super(node, message, consistency, received, blockFor);
    this.dataPresent = dataPresent;
  }

  /** Whether the replica asked for the data (not only a digest) answered. */
  public boolean dataPresent() {
    return dataPresent;
  }
}
