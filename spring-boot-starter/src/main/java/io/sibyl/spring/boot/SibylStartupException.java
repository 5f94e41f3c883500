package io.sibyl.spring.boot;

import io.sibyl.driver.DriverException;

/** The {@code sibyl.*} configuration cannot be used; the message names the property to fix. */
public final class SibylStartupException extends DriverException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public SibylStartupException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public SibylStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
