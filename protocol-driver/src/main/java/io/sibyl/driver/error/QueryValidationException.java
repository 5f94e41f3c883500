package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The server refused a statement as written: fix the statement (or the grants) rather than retry
 * it.
 */
public abstract class QueryValidationException extends CoordinatorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  protected QueryValidationException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
