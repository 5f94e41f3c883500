package io.sibyl.driver.cloud;

import io.sibyl.driver.DriverException;

/**
 * A secure connect bundle that cannot be used: unreadable, an entry missing or malformed, a
 * certificate that has expired or a key that does not match its certificate. The message names the
 * bundle and the entry; the fix is usually to download the bundle again.
 */
public class SecureConnectBundleException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public SecureConnectBundleException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public SecureConnectBundleException(String message) {
    super(message);
  }
}
