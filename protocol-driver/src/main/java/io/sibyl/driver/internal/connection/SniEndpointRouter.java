package io.sibyl.driver.internal.connection;

import io.sibyl.driver.error.ConnectionException;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Routes every connection through one SNI proxy, with the node's host id as the TLS server name. A
 * node is known either by an unresolved address whose host is its host id (the cloud contact
 * points) or by its address, whose host id the session's topology gives. The proxy's address is
 * read at each dial, so a proxy that moved is used by the connections opened after the move; a
 * failed dial is reported to whoever keeps that address.
 */
public final class SniEndpointRouter implements EndpointRouter {
  private final Supplier<InetSocketAddress> proxy;
  private final Consumer<InetSocketAddress> unreachable;
  private final Function<InetSocketAddress, UUID> hostIds;

  /**
   * Creates a router through a proxy that never moves.
   *
   * @param proxy the proxy's address (resolved at each dial if unresolved)
   * @param hostIds the host id of the node known at an address, or null if unknown
   */
  public SniEndpointRouter(InetSocketAddress proxy, Function<InetSocketAddress, UUID> hostIds) {
    this(() -> proxy, dialled -> {}, hostIds);
  }

  /**
   * Creates a router through a proxy that may move.
   *
   * @param proxy the proxy's current address, read at each dial (resolved then if unresolved)
   * @param unreachable told the address dialled when a connection to the proxy cannot be opened
   * @param hostIds the host id of the node known at an address, or null if unknown
   */
  public SniEndpointRouter(
      Supplier<InetSocketAddress> proxy,
      Consumer<InetSocketAddress> unreachable,
      Function<InetSocketAddress, UUID> hostIds) {
    this.proxy = proxy;
    this.unreachable = unreachable;
    this.hostIds = hostIds;
  }

  @Override
  public Endpoint route(InetSocketAddress address) {
    InetSocketAddress proxy = this.proxy.get();
    String serverName;
    if (address.isUnresolved()) {
      serverName = address.getHostString();
    } else {
      UUID hostId = hostIds.apply(address);
      if (hostId == null) {
        throw new ConnectionException(
            "No host id is known for the node at "
                + address
                + ", so it cannot be reached through the cloud SNI proxy "
                + proxy.getHostString()
                + ":"
                + proxy.getPort());
      }
      serverName = hostId.toString();
    }
    InetSocketAddress dial =
        proxy.isUnresolved()
            ? new InetSocketAddress(proxy.getHostString(), proxy.getPort())
            : proxy;
    return new Endpoint(dial, serverName);
  }

  @Override
  public void dialFailed(Endpoint endpoint) {
    unreachable.accept(endpoint.dial());
  }
}
