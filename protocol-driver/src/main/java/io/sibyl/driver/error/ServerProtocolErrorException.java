package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The node says that the driver broke the native protocol (0x000A). This is a driver bug or a
 * protocol version mismatch; report it with the node's version.
 */
public class ServerProtocolErrorException extends CoordinatorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public ServerProtocolErrorException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
