package io.sibyl.driver.metadata;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the session knows of the cluster: its nodes, its schema and its token ring. Kept up to date
 * from the cluster's events; each call returns the current state.
 */
public interface Metadata {
  /** The cluster's name, as {@code system.local} reports it; null until known. */
  String clusterName();

  /** Every known node. */
  Collection<Node> nodes();

  /** The node at {@code address}, if known. */
  Optional<Node> node(InetSocketAddress address);

  /** The keyspaces, by name. */
  Map<String, KeyspaceMetadata> keyspaces();

  /** The keyspace with this (unquoted, exact) name. */
  default Optional<KeyspaceMetadata> keyspace(String name) {
    return Optional.ofNullable(keyspaces().get(name));
  }

  /** The token ring, once known. */
  Optional<TokenMap> tokenMap();
}
