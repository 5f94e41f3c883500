package io.sibyl.testsupport.proxy;

/** How a {@link FaultProxy} refuses new connections; connections already open are not touched. */
public enum RefuseMode {
  /** Accept each new connection and close it at once (the client sees an end of stream). */
  CLOSE_ON_ACCEPT,
  /** Accept each new connection and reset it at once (the client sees "Connection reset"). */
  RESET_ON_ACCEPT,
  /**
   * Stop accepting: the listening socket stays open, so the kernel completes up to its backlog of
   * TCP handshakes, but nothing is read or forwarded (connects seem to succeed, then hang).
   */
  STOP_ACCEPTING,
  /**
   * Close the listening socket: connects fail with "Connection refused" until {@link
   * FaultProxy#acceptConnections()} listens again on the same address.
   */
  UNBIND
}
