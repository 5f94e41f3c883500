package io.sibyl.driver.internal.connection;

import java.net.InetSocketAddress;

/**
 * Where a connection to a node is really dialled, and with which TLS server name: directly by
 * default, or through a cloud SNI proxy.
 */
@FunctionalInterface
public interface EndpointRouter {
  /** Dials every node at its own address, with no server name. */
  EndpointRouter DIRECT = address -> new Endpoint(address, null);

  /**
   * A socket address and TLS server name.
   *
   * @param dial the address to open the TCP connection to
   * @param serverName the TLS server name indication to send, or null for the default
   */
  record Endpoint(InetSocketAddress dial, String serverName) {}

  /**
   * The endpoint for the node known at {@code address}.
   *
   * @throws io.sibyl.driver.error.ConnectionException if the node cannot be routed
   */
  Endpoint route(InetSocketAddress address);

  /**
   * Told that a connection to {@code endpoint} could not be opened (before any handshake), so that
   * a router whose target moved can find where to; called on an I/O thread, must not block. Does
   * nothing by default.
   */
  default void dialFailed(Endpoint endpoint) {}
}
