package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * No node could be tried for a request: every known node is down or ignored by the load-balancing
 * policy.
 */
public class NoNodeAvailableException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public NoNodeAvailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public NoNodeAvailableException(String message) {
    super(message);
  }
}
