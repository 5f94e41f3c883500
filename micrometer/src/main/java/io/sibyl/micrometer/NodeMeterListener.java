package io.sibyl.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeStateListener;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Registers a node's meters when it joins (or is first used) and removes them when it leaves. */
final class NodeMeterListener implements NodeStateListener {
  private final MeterRegistry registry;
  private final ConcurrentMap<Node, NodeMeters> nodes = new ConcurrentHashMap<>();

  NodeMeterListener(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The meters of a node, registered now if it had none. */
  NodeMeters of(Node node) {
    NodeMeters meters = nodes.get(node); // no lambda on the usual path
    return meters != null ? meters : nodes.computeIfAbsent(node, n -> new NodeMeters(registry, n));
  }

  @Override
  public void onAdd(Node node) {
    of(node);
  }

  @Override
  public void onUp(Node node) {
    of(node);
  }

  @Override
  public void onRemove(Node node) {
    NodeMeters meters = nodes.remove(node);
    if (meters != null) {
      meters.remove();
    }
  }
}
