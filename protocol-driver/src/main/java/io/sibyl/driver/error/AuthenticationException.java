package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import java.net.InetSocketAddress;

/**
 * Logging in to a node failed: wrong credentials, or an authenticator that the driver was not
 * configured for. Check the user name and password given to {@code SessionBuilder.credentials}.
 */
public class AuthenticationException extends DriverException {
  private static final long serialVersionUID = 1L;

  private final InetSocketAddress node;

  /** Creates the exception for a failed login on {@code node}. */
  public AuthenticationException(InetSocketAddress node, String message) {
    super(message);
    this.node = node;
  }

  /** The node that refused the login. */
  public InetSocketAddress node() {
    return node;
  }
}
