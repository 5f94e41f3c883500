package io.sibyl.driver.internal.request;

import io.sibyl.driver.Statement;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.protocol.Frame;

/**
 * Turns a successful response into what the caller asked for (a result set, a prepared
 * statement...). Called on the connection's event loop; may throw to fail the request.
 *
 * @param <T> the type of the result
 */
@FunctionalInterface
public interface ResponseConverter<T> {
  /**
   * Converts {@code response} to {@code statement}, received from {@code coordinator}'s node. The
   * statement is passed in so that one converter serves every request (no capturing lambda per
   * request).
   */
  T convert(Statement<?> statement, Frame response, Connection coordinator);
}
