package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;

/** Builds nodes for topology tests. */
final class TestNode {
  private TestNode() {}

  static DefaultNode node(int n, String dc, String rack, long... tokens) {
    DefaultNode node = new DefaultNode(new InetSocketAddress("127.0.0." + n, 9042));
    node.describe(dc, rack, new UUID(0, n), "5.0.6");
    java.util.Set<String> tokenStrings = new java.util.HashSet<>();
    for (long token : tokens) {
      tokenStrings.add(Long.toString(token));
    }
    node.ring(Set.copyOf(tokenStrings), null);
    node.state(NodeState.UP);
    return node;
  }
}
