package io.sibyl.driver.internal.connection;

import io.sibyl.driver.error.ConnectionException;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.function.Function;

/**
 * Routes every connection through one SNI proxy, with the node's host id as the TLS server name. A
 * node is known either by an unresolved address whose host is its host id (the cloud contact
 * points) or by its address, whose host id the session's topology gives.
 */
public final class SniEndpointRouter implements EndpointRouter {
  private final InetSocketAddress proxy;
  private final Function<InetSocketAddress, UUID> hostIds;

  /**
   * Creates a router.
   *
   * @param proxy the proxy's address (resolved at each dial if unresolved)
   * @param hostIds the host id of the node known at an address, or null if unknown
   */
  public SniEndpointRouter(InetSocketAddress proxy, Function<InetSocketAddress, UUID> hostIds) {
    this.proxy = proxy;
    this.hostIds = hostIds;
  }

  @Override
  public Endpoint route(InetSocketAddress address) {
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
}
