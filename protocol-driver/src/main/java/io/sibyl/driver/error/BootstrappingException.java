package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** The node is still joining the cluster and cannot coordinate requests yet (0x1002). */
public class BootstrappingException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public BootstrappingException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
