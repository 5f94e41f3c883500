package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.metadata.Node;

/** A session stand-in for cluster monitor tests: it only records what it is told. */
final class FakeOwner implements ClusterMonitor.Owner {
  private final SessionConfig config;
  volatile boolean closed;

  FakeOwner(SessionConfig config) {
    this.config = config;
  }

  @Override
  public SessionConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return null; // not started: the monitor does not open pools
  }

  @Override
  public void onAdd(Node node) {}

  @Override
  public void onRemove(Node node) {}

  @Override
  public void onMoved(DefaultNode node) {}

  @Override
  public void reconnectNow(DefaultNode node) {}
}
