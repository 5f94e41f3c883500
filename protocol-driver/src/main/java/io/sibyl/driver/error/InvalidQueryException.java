package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The statement is syntactically valid but cannot run, e.g. an unknown table or column or a missing
 * key restriction (0x2200).
 */
public class InvalidQueryException extends QueryValidationException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public InvalidQueryException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
