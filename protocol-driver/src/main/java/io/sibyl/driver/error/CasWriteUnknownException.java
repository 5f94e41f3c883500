package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * A lightweight transaction's outcome is unknown: the Paxos round may or may not have been applied
 * (0x1700). Read the row at SERIAL consistency to find out.
 */
public class CasWriteUnknownException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int blockFor;

  /** Creates the exception with the fields sent by the server. */
  public CasWriteUnknownException(
      InetSocketAddress node, String message, Consistency consistency, int received, int blockFor) {
    super(node, message);
    this.consistency = consistency;
    this.received = received;
    this.blockFor = blockFor;
  }

  /** The consistency level of the commit phase. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas acknowledged. */
  public int received() {
    return received;
  }

  /** How many acknowledgements were needed. */
  public int blockFor() {
    return blockFor;
  }
}
