package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.internal.pool.DefaultNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The known nodes, identified by host id: a node that comes back at a new address keeps its
 * identity (and an address reused by another node is another node).
 */
public final class Topology {
  private final Map<UUID, DefaultNode> byHostId = new ConcurrentHashMap<>();
  // What each node advertises (before address translation): server events name nodes by it.
  private final Map<UUID, InetSocketAddress> advertised = new ConcurrentHashMap<>();

  /** The changes that {@link #apply} made. */
  public record Changes(
      List<DefaultNode> added, List<DefaultNode> removed, List<DefaultNode> moved) {}

  /** Brings the nodes in line with what the system tables say. */
  public synchronized Changes apply(List<NodeInfo> infos) {
    List<DefaultNode> added = new ArrayList<>();
    List<DefaultNode> moved = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (NodeInfo info : infos) {
      seen.add(info.hostId());
      DefaultNode node = byHostId.get(info.hostId());
      if (node == null) {
        node = new DefaultNode(info.address());
        byHostId.put(info.hostId(), node);
        added.add(node);
      } else if (!node.address().equals(info.address())) {
        node.address(info.address());
        moved.add(node);
      }
      advertised.put(info.hostId(), info.advertised());
      node.describe(info.datacenter(), info.rack(), info.hostId(), info.releaseVersion());
      node.ring(info.tokens(), info.schemaVersion());
    }
    List<DefaultNode> removed = new ArrayList<>();
    for (var it = byHostId.entrySet().iterator(); it.hasNext(); ) {
      var entry = it.next();
      if (!seen.contains(entry.getKey())) {
        removed.add(entry.getValue());
        advertised.remove(entry.getKey());
        it.remove();
      }
    }
    return new Changes(added, removed, moved);
  }

  /** Every known node. */
  public List<DefaultNode> nodes() {
    return List.copyOf(byHostId.values());
  }

  /**
   * The node that a server event names: by the address it advertises, else by {@code dialled} (the
   * event's address translated), or null.
   */
  public DefaultNode byEventAddress(InetSocketAddress eventAddress, InetSocketAddress dialled) {
    for (var entry : advertised.entrySet()) {
      if (entry.getValue().equals(eventAddress)) {
        DefaultNode node = byHostId.get(entry.getKey());
        if (node != null) {
          return node;
        }
      }
    }
    return byAddress(dialled);
  }

  /**
   * The node dialled at {@code address} (or at that IP on another port, or whose host id is the
   * host of an unresolved address), or null.
   */
  public DefaultNode byAddress(InetSocketAddress address) {
    if (address.isUnresolved()) {
      // A cloud contact point: its host is the node's host id.
      for (DefaultNode node : byHostId.values()) {
        if (node.hostId() != null && node.hostId().toString().equals(address.getHostString())) {
          return node;
        }
      }
      return null;
    }
    for (DefaultNode node : byHostId.values()) {
      if (node.address().equals(address)
          || node.address().getAddress().equals(address.getAddress())) {
        return node;
      }
    }
    return null;
  }
}
