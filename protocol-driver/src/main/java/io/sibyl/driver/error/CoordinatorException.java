package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import java.net.InetSocketAddress;

/**
 * A node answered a request with an error. The subclasses are one per error code of the native
 * protocol; each carries the fields that the server sent with it.
 */
public abstract class CoordinatorException extends DriverException {
  private static final long serialVersionUID = 1L;

  private final InetSocketAddress node;

  /** Creates an exception for an error sent by {@code node}. */
  protected CoordinatorException(InetSocketAddress node, String message) {
    super(message);
    this.node = node;
  }

  /** The node that answered with the error (the coordinator of the request). */
  public InetSocketAddress node() {
    return node;
  }
}
