package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/** The session was closed; requests cannot be sent on it any more. */
public class SessionClosedException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public SessionClosedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public SessionClosedException(String message) {
    super(message);
  }
}
