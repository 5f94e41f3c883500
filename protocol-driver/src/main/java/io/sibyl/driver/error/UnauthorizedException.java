package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The logged-in user lacks a permission the statement needs (0x2100). Grant it, or log in as
 * another user.
 */
public class UnauthorizedException extends QueryValidationException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public UnauthorizedException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
