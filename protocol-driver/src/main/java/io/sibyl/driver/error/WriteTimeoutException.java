package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * Replicas did not acknowledge a write in time on the server side (0x1100). The write may or may
 * not have been applied.
 */
public class WriteTimeoutException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int blockFor;
  private final String writeType;

  /** Creates the exception with the fields sent by the server. */
  public WriteTimeoutException(
      InetSocketAddress node,
      String message,
      Consistency consistency,
      int received,
      int blockFor,
      String writeType) {
    super(node, message);
    this.consistency = consistency;
    this.received = received;
    this.blockFor = blockFor;
    this.writeType = writeType;
  }

  /** The consistency level of the write. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas acknowledged. */
  public int received() {
    return received;
  }

  /** How many acknowledgements the consistency level needed. */
  public int blockFor() {
    return blockFor;
  }

  /** The kind of write: SIMPLE, BATCH, BATCH_LOG, UNLOGGED_BATCH, COUNTER, CAS, VIEW, CDC. */
  public String writeType() {
    return writeType;
  }
}
