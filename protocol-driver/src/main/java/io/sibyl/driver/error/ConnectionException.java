package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * A connection to a node could not be opened, or broke while requests were in flight on it. The
 * message names the node; the cause, when there is one, says what the network or the handshake
 * reported.
 */
public class ConnectionException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public ConnectionException(String message) {
    super(message);
  }
}
