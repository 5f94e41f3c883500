package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * A request could not be encoded, so it was never sent: it breaks a limit of the native protocol
 * (at most 65,535 statements in a batch, 65,535 bound values, 65,535 UTF-8 bytes in a [string] such
 * as a custom-payload key, 256 MiB in a frame) or uses a feature the connection's protocol version
 * lacks. Only this request fails; its connection stays open. It is not retried, since it would fail
 * the same way on every node: split the batch or the values, or shorten the payload.
 */
public class RequestEncodingException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and the encoder's error. */
  public RequestEncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
