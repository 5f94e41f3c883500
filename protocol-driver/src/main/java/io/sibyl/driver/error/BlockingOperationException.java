package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * A synchronous call was made on a driver I/O thread, where waiting would deadlock. Use the
 * asynchronous variant (for example {@code executeAsync}) and compose on its CompletionStage.
 */
public class BlockingOperationException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and an optional cause. */
  public BlockingOperationException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message. */
  public BlockingOperationException(String message) {
    super(message);
  }
}
