package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * A lightweight transaction's outcome is unknown: the Paxos round may or may not have been applied
 * (0x1700). Read the row at SERIAL consistency to find out.
 */
public class CasWriteUnknownException extends QueryConsistencyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the fields sent by the server. */
  public CasWriteUnknownException(
      InetSocketAddress node, String message, Consistency consistency, int received, int blockFor) {
    super(node, message, consistency, received, blockFor);
  }
}
