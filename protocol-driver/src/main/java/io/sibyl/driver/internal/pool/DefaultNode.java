package io.sibyl.driver.internal.pool;

import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;

/** The driver's record of one node; its pool, once opened, counts its connections. */
public final class DefaultNode implements Node {
  private volatile InetSocketAddress address;
  private volatile Set<String> tokens = Set.of();
  private volatile String schemaVersion;
  private volatile String datacenter;
  private volatile String rack;
  private volatile UUID hostId;
  private volatile String releaseVersion;
  private volatile NodeState state = NodeState.UNKNOWN;
  private volatile NodePool pool;

  /** A node known by its address only. */
  public DefaultNode(InetSocketAddress address) {
    this.address = address;
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public String datacenter() {
    return datacenter;
  }

  @Override
  public String rack() {
    return rack;
  }

  @Override
  public UUID hostId() {
    return hostId;
  }

  @Override
  public String releaseVersion() {
    return releaseVersion;
  }

  @Override
  public Set<String> tokens() {
    return tokens;
  }

  /** The schema version the node last reported, or null. */
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public NodeState state() {
    return state;
  }

  @Override
  public int openConnections() {
    NodePool current = pool;
    return current == null ? 0 : current.openConnections();
  }

  @Override
  public int inFlight() {
    NodePool current = pool;
    return current == null ? 0 : current.inFlight();
  }

  /** Records what {@code system.local} or {@code system.peers} says of the node. */
  public void describe(String datacenter, String rack, UUID hostId, String releaseVersion) {
    this.datacenter = datacenter;
    this.rack = rack;
    this.hostId = hostId;
    this.releaseVersion = releaseVersion;
  }

  /** Records the node's tokens and schema version. */
  public void ring(Set<String> tokens, String schemaVersion) {
    this.tokens = tokens == null ? Set.of() : Set.copyOf(tokens);
    this.schemaVersion = schemaVersion;
  }

  /** Records that the node now answers at another address (same host id). */
  public void address(InetSocketAddress newAddress) {
    this.address = newAddress;
  }

  /** Sets the node's state. */
  public void state(NodeState state) {
    this.state = state;
  }

  void pool(NodePool pool) {
    this.pool = pool;
  }

  /** The node's pool, or null before it is opened. */
  public NodePool pool() {
    return pool;
  }

  @Override
  public String toString() {
    return address.getHostString() + ":" + address.getPort();
  }
}
