package io.sibyl.driver.policy;

import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every live node in turn, whatever its data center or the statement's partition. Useful for a
 * single small cluster or for tests; prefer {@link DefaultLoadBalancingPolicy} in production.
 */
public final class RoundRobinPolicy implements LoadBalancingPolicy {
  private final List<Node> nodes = new CopyOnWriteArrayList<>();
  private final AtomicInteger rotation = new AtomicInteger();

  @Override
  public void init(Collection<Node> known, String localDatacenter) {
    nodes.addAll(known);
  }

  @Override
  public List<Node> newQueryPlan(Statement<?> statement, List<Node> replicas) {
    Object[] all = nodes.toArray();
    List<Node> plan = new ArrayList<>(all.length);
    int start = rotation.getAndIncrement();
    for (int i = 0; i < all.length; i++) {
      Node node = (Node) all[Math.floorMod(start + i, all.length)];
      if (node.state() != NodeState.DOWN) {
        plan.add(node);
      }
    }
    return plan;
  }

  @Override
  public NodeDistance distance(Node node) {
    return NodeDistance.LOCAL;
  }

  @Override
  public void onAdd(Node node) {
    if (!nodes.contains(node)) {
      nodes.add(node);
    }
  }

  @Override
  public void onRemove(Node node) {
    nodes.remove(node);
  }
}
