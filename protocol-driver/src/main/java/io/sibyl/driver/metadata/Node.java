package io.sibyl.driver.metadata;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;

/** A Cassandra node as the session sees it. Live: the state and counters change over time. */
public interface Node {
  /**
   * The address the driver connects to: the node's native transport address and port, as the
   * session's {@link io.sibyl.driver.AddressTranslator} translated it (a contact point as given).
   * The node's identity is its {@link #hostId()}, not this address.
   */
  InetSocketAddress address();

  /** The node's data center, or null until known. */
  String datacenter();

  /** The node's rack, or null until known. */
  String rack();

  /** The node's host id, its stable identity across address changes; null until known. */
  UUID hostId();

  /** The Cassandra version the node runs, e.g. {@code 5.0.6}; null until known. */
  String releaseVersion();

  /** The node's tokens on the ring (empty until known). */
  Set<String> tokens();

  /** Whether the node is up, down or not yet known. */
  NodeState state();

  /** The number of connections the session has open to the node. */
  int openConnections();

  /** The number of requests the session has in flight on the node. */
  int inFlight();
}
