package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * No protocol version that both the driver and the node speak could be agreed on. Pass an explicit
 * version to {@code SessionBuilder.protocolVersion} or upgrade the node.
 */
public class UnsupportedProtocolVersionException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public UnsupportedProtocolVersionException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public UnsupportedProtocolVersionException(String message) {
    super(message);
  }
}
