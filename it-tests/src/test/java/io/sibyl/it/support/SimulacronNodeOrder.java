package io.sibyl.it.support;

import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.LoadBalancingPolicy;
import io.sibyl.driver.policy.NodeDistance;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A load-balancing policy for fault-injection tests: every query plan lists the nodes that are not
 * down in address order (127.0.10.1, then .2, then .3), so a test knows which node a request tries
 * first and which one a retry moves to.
 */
public final class SimulacronNodeOrder implements LoadBalancingPolicy {
  private static final Comparator<Node> BY_ADDRESS =
      Comparator.comparing(Node::address, SimulacronNodeOrder::compare);

  private final List<Node> nodes = new CopyOnWriteArrayList<>();

  @Override
  public void init(Collection<Node> known, String localDatacenter) {
    nodes.addAll(known);
  }

  @Override
  public List<Node> newQueryPlan(Statement<?> statement, List<Node> replicas) {
    return nodes.stream()
        .filter(node -> node.state() != NodeState.DOWN)
        .sorted(BY_ADDRESS)
        .toList();
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

  private static int compare(InetSocketAddress left, InetSocketAddress right) {
    int byAddress =
        Arrays.compareUnsigned(left.getAddress().getAddress(), right.getAddress().getAddress());
    return byAddress != 0 ? byAddress : Integer.compare(left.getPort(), right.getPort());
  }
}
