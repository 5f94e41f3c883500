package io.sibyl.micrometer;

import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;

/** A node whose state and counters a test sets. */
final class FakeNode implements Node {
  private final InetSocketAddress address;
  volatile NodeState state = NodeState.UP;
  volatile int connections = 2;
  volatile int inFlight = 3;

  FakeNode(String host, int port) {
    this.address = InetSocketAddress.createUnresolved(host, port);
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public String datacenter() {
    return "dc1";
  }

  @Override
  public String rack() {
    return "r1";
  }

  @Override
  public UUID hostId() {
    return null;
  }

  @Override
  public String releaseVersion() {
    return "5.0.6";
  }

  @Override
  public Set<String> tokens() {
    return Set.of();
  }

  @Override
  public NodeState state() {
    return state;
  }

  @Override
  public int openConnections() {
    return connections;
  }

  @Override
  public int inFlight() {
    return inFlight;
  }
}
