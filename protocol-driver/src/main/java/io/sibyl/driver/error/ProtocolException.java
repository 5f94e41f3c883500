package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * The bytes on a connection broke the native protocol: a corrupt frame (bad CRC), a truncated or
 * malformed message, or a message that the other side should never have sent. The connection that
 * saw it is closed, and every request in flight on it fails with this exception.
 */
public class ProtocolException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public ProtocolException(String message) {
    super(message);
  }
}
