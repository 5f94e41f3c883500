package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** The node failed with an unexpected internal error (0x0000); its log says more. */
public class ServerErrorException extends CoordinatorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public ServerErrorException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
