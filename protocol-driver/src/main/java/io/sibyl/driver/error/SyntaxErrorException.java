package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** The statement is not valid CQL (server error code 0x2000). Fix the statement's text. */
public class SyntaxErrorException extends QueryValidationException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public SyntaxErrorException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
