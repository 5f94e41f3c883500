package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * The driver gave up waiting for a response: the request timeout elapsed before any node answered.
 * The server may still have applied a write. Raise the statement's or the session's request
 * timeout, or look at the node's load.
 */
public class DriverTimeoutException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public DriverTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public DriverTimeoutException(String message) {
    super(message);
  }
}
