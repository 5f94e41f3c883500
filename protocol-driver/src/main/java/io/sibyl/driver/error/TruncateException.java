package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** A TRUNCATE failed on some replica (0x1003). */
public class TruncateException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public TruncateException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
