package io.sibyl.driver.metadata;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Optional;

/** What the session knows of the cluster: its nodes (and, later, its schema and token ring). */
public interface Metadata {
  /** The cluster's name, as {@code system.local} reports it; null until known. */
  String clusterName();

  /** Every node known to the session. */
  Collection<Node> nodes();

  /** The node at {@code address}, if known. */
  Optional<Node> node(InetSocketAddress address);
}
