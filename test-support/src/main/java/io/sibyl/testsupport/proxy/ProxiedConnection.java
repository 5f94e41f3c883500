package io.sibyl.testsupport.proxy;

import java.net.InetSocketAddress;

/** One client connection that a {@link FaultProxy} forwards to its upstream node. */
public interface ProxiedConnection {
  /** The connection's number within its proxy, from 1 in accept order. */
  long id();

  /** The client's address. */
  InetSocketAddress clientAddress();

  /** Whether neither socket was closed yet. */
  boolean isOpen();

  /**
   * Sets this connection's rule for one direction, overriding the proxy's. It takes effect at the
   * next chunk; called from a test's thread, it returns once the connection has seen it.
   */
  void rule(Direction direction, FaultRule rule);

  /** Drops this connection's rule for one direction: the proxy's applies again. */
  void clearRule(Direction direction);

  /** The rule in effect for one direction (this connection's, else the proxy's). */
  FaultRule rule(Direction direction);

  /** The bytes forwarded so far in one direction. */
  long bytesForwarded(Direction direction);

  /** Closes both sockets gracefully, once what was forwarded is written. */
  void close();

  /** Resets both sockets (RST). */
  void reset();
}
