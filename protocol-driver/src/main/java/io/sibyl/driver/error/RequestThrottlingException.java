package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * The session refused a request because too many are already running and its wait queue is full:
 * the application sends faster than the cluster answers. Slow down (or raise {@code
 * SessionBuilder.maxConcurrentRequests} / {@code maxQueuedRequests} if the cluster has room).
 */
public class RequestThrottlingException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public RequestThrottlingException(String message) {
    super(message);
  }
}
