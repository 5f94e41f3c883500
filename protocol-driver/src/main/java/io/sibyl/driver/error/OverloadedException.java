package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The node was too busy to take the request (0x1001). Another node may take it; slow down if it
 * persists.
 */
public class OverloadedException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public OverloadedException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
