package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import java.net.InetSocketAddress;

/**
 * Logging in to a node failed: wrong credentials, an authenticator that the driver was not
 * configured for, or a client-side failure of the login (for Kerberos: no ticket, an unknown
 * principal, an unreachable KDC). The message names the node and says what to check; it never holds
 * a password or key material.
 */
public class AuthenticationException extends DriverException {
  private static final long serialVersionUID = 1L;

  private final InetSocketAddress node;

  /** Creates the exception for a failed login on {@code node}. */
  public AuthenticationException(InetSocketAddress node, String message) {
    super(message);
    this.node = node;
  }

  /** Creates the exception for a failed login on {@code node}, caused by {@code cause}. */
  public AuthenticationException(InetSocketAddress node, String message, Throwable cause) {
    super(message, cause);
    this.node = node;
  }

  /** The node that refused the login (or that the client could not log in to). */
  public InetSocketAddress node() {
    return node;
  }
}
