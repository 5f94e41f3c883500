package io.sibyl.driver.cloud;

import io.sibyl.driver.DriverException;

/**
 * The cloud metadata service named by a secure connect bundle could not be used: unreachable within
 * the connect timeout, refused the client certificate, or answered something other than the
 * expected contact information. The message names the service's URL.
 */
public class CloudMetadataException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public CloudMetadataException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public CloudMetadataException(String message) {
    super(message);
  }
}
