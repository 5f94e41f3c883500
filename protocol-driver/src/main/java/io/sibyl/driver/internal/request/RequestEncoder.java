package io.sibyl.driver.internal.request;

import io.sibyl.driver.Statement;
import io.sibyl.driver.internal.protocol.Request;

/** Turns a statement into its protocol message. */
@FunctionalInterface
public interface RequestEncoder {
  /**
   * Encodes {@code statement}.
   *
   * @param timestamp the write timestamp drawn for the request, in microseconds, or {@link
   *     Statement#NO_TIMESTAMP} to let the server choose; the statement's own timestamp, if set,
   *     wins over it
   */
  Request encode(Statement<?> statement, long timestamp);
}
