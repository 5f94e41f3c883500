package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** A write to a table with CDC enabled was refused because the CDC space is full (0x1600). */
public class CdcWriteException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public CdcWriteException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
