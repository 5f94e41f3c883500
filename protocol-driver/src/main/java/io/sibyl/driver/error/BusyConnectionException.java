package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * Every stream id of a connection is in use, so it cannot take another request; the pool tries
 * another connection.
 */
public class BusyConnectionException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public BusyConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public BusyConnectionException(String message) {
    super(message);
  }
}
