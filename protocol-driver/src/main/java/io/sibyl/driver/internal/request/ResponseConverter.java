package io.sibyl.driver.internal.request;

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
  /** Converts {@code response}, received from {@code coordinator}'s node. */
  T convert(Frame response, Connection coordinator);
}
