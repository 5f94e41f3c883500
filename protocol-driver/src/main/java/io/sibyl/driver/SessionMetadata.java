package io.sibyl.driver;

import io.sibyl.driver.internal.cluster.ClusterMonitor;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Metadata;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.TokenMap;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The live view of the cluster that {@link Session#metadata()} returns. */
final class SessionMetadata implements Metadata {
  private final ClusterMonitor cluster;

  SessionMetadata(ClusterMonitor cluster) {
    this.cluster = cluster;
  }

  @Override
  public String clusterName() {
    return cluster.clusterName();
  }

  @Override
  public Collection<Node> nodes() {
    return List.copyOf(cluster.nodes());
  }

  @Override
  public Optional<Node> node(InetSocketAddress address) {
    return cluster.nodes().stream()
        .filter(node -> node.address().equals(address))
        .map(Node.class::cast)
        .findFirst();
  }

  @Override
  public Map<String, KeyspaceMetadata> keyspaces() {
    return cluster.keyspacesWhenRead();
  }

  @Override
  public Optional<KeyspaceMetadata> keyspace(String name) {
    return Optional.ofNullable(cluster.keyspaceWhenRead(name));
  }

  @Override
  public Optional<TokenMap> tokenMap() {
    return Optional.ofNullable(cluster.tokenMap());
  }
}
