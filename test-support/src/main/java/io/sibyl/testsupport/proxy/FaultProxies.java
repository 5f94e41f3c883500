package io.sibyl.testsupport.proxy;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@link FaultProxy} per node of a cluster, for tests that put every node behind a proxy. It
 * maps each node's address to its proxy's, which is what a driver's address translation needs so
 * that the nodes it discovers (in {@code system.peers}) are reached through their proxies too; and
 * it sums the counters of all proxies, e.g. to show that a statement reached at most one
 * coordinator.
 *
 * <pre>{@code
 * try (FaultProxies proxies = FaultProxies.start(cluster.contactPoints())) {
 *   // with an address translator: builder.addressTranslator(proxies::translate)
 *   proxies.proxyOf(node1).rule(Direction.SERVER_TO_CLIENT, FaultRule.reset());
 *   ...
 *   assertThat(proxies.countForwarded(Direction.CLIENT_TO_SERVER, FrameSelector.query(cql)))
 *       .isLessThanOrEqualTo(1);
 * }
 * }</pre>
 */
public final class FaultProxies implements AutoCloseable {
  private final Map<InetSocketAddress, FaultProxy> byUpstream;

  private FaultProxies(Map<InetSocketAddress, FaultProxy> byUpstream) {
    this.byUpstream = byUpstream;
  }

  /** A proxy on an ephemeral port of 127.0.0.1 for each node. */
  public static FaultProxies start(Collection<InetSocketAddress> nodes) {
    return start(nodes, node -> FaultProxy.builder(node));
  }

  /**
   * A proxy for each node, each built by {@code builders} from the node's address (e.g. to listen
   * on a chosen loopback address, or to add a listener). If one fails to start, those started are
   * closed.
   */
  public static FaultProxies start(
      Collection<InetSocketAddress> nodes,
      Function<InetSocketAddress, FaultProxy.Builder> builders) {
    Map<InetSocketAddress, FaultProxy> proxies = new LinkedHashMap<>();
    try {
      for (InetSocketAddress node : nodes) {
        proxies.put(node, builders.apply(node).start());
      }
    } catch (RuntimeException e) {
      proxies.values().forEach(FaultProxy::close);
      throw e;
    }
    return new FaultProxies(proxies);
  }

  /** The proxies, in the order of the nodes given. */
  public List<FaultProxy> proxies() {
    return List.copyOf(byUpstream.values());
  }

  /** The proxy of a node. */
  public FaultProxy proxyOf(InetSocketAddress node) {
    FaultProxy proxy = byUpstream.get(node);
    if (proxy == null) {
      throw new IllegalArgumentException(
          "No proxy for " + node + "; the proxied nodes are " + byUpstream.keySet());
    }
    return proxy;
  }

  /** The proxy listening on an address, if one does (e.g. a driver's node address). */
  public Optional<FaultProxy> proxyAt(InetSocketAddress address) {
    for (FaultProxy proxy : byUpstream.values()) {
      if (proxy.address().equals(address)) {
        return Optional.of(proxy);
      }
    }
    return Optional.empty();
  }

  /**
   * The address to reach a node at: its proxy's; an address that is no proxied node's is returned
   * as is. Fit for a driver's address translation.
   */
  public InetSocketAddress translate(InetSocketAddress node) {
    FaultProxy proxy = byUpstream.get(Objects.requireNonNull(node, "node"));
    return proxy == null ? node : proxy.address();
  }

  /** The proxies' addresses: the contact points to give a client. */
  public List<InetSocketAddress> addresses() {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (FaultProxy proxy : byUpstream.values()) {
      addresses.add(proxy.address());
    }
    return addresses;
  }

  /** Sets a rule of one direction on every proxy. */
  public FaultProxies rule(Direction direction, FaultRule rule) {
    byUpstream.values().forEach(proxy -> proxy.rule(direction, rule));
    return this;
  }

  /** Clears every proxy's rules and accepts connections again everywhere. */
  public FaultProxies clearRules() {
    byUpstream.values().forEach(FaultProxy::clearRules);
    return this;
  }

  /** The envelopes forwarded whole in a direction that the selector matches, over all proxies. */
  public long countForwarded(Direction direction, FrameSelector selector) {
    long count = 0;
    for (FaultProxy proxy : byUpstream.values()) {
      count += proxy.counters().countForwarded(direction, selector);
    }
    return count;
  }

  /** The proxies that forwarded at least one envelope the selector matches, in a direction. */
  public List<FaultProxy> proxiesThatForwarded(Direction direction, FrameSelector selector) {
    List<FaultProxy> proxies = new ArrayList<>();
    for (FaultProxy proxy : byUpstream.values()) {
      if (proxy.counters().countForwarded(direction, selector) > 0) {
        proxies.add(proxy);
      }
    }
    return proxies;
  }

  /** Closes every proxy. */
  @Override
  public void close() {
    byUpstream.values().forEach(FaultProxy::close);
  }
}
