package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * Replicas did not acknowledge a write in time on the server side (0x1100). The write may or may
 * not have been applied.
 */
public class WriteTimeoutException extends QueryConsistencyException {
  private static final long serialVersionUID = 1L;

  private final String writeType;

  /** Creates the exception with the fields sent by the server. */
  public WriteTimeoutException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      String writeType) {
    super(node, message, consistency, received, blockFor);
    this.writeType = writeType;
  }

  /** The kind of write: SIMPLE, BATCH, BATCH_LOG, UNLOGGED_BATCH, COUNTER, CAS, VIEW, CDC. */
  public String writeType() {
    return writeType;
  }
}
