package io.sibyl.driver.internal.connection;

import io.sibyl.driver.internal.protocol.Frame;

/**
 * Receives the outcome of one request written on a {@link Connection}. Both methods are called on
 * the connection's event loop, and exactly one of them is called once per write, unless the request
 * was {@linkplain Connection#abandon abandoned} first.
 */
public interface ResponseCallback {
  /** The response frame for the request. */
  void onResponse(Frame response);

  /** The request could not be written, or the connection failed before the response came. */
  void onFailure(Throwable error);
}
