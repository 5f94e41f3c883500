package io.sibyl.bench.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The default policy's query plan allocates nothing per request when every node is local and up and
 * there are no replicas to put first (one node, or a statement without a routing key). Measured on
 * this thread alone with {@link com.sun.management.ThreadMXBean}, which is exact for one thread (in
 * the driver's module the test could not read {@code java.management}).
 */
class QueryPlanAllocationTest {

  @Test
  void should_allocate_nothing_per_plan_when_every_node_is_local_and_up() {
    DefaultLoadBalancingPolicy policy = new DefaultLoadBalancingPolicy();
    policy.init(List.of(node(1), node(2), node(3)), "dc1");
    SimpleStatement statement = SimpleStatement.of("SELECT 1");
    List<Node> noReplicas = List.of();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long sizes = 0;
    for (int i = 0; i < 200_000; i++) { // warm-up: let the JIT compile the loop
      sizes += policy.newQueryPlan(statement, noReplicas).size();
    }

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 100_000; i++) {
      sizes += policy.newQueryPlan(statement, noReplicas).size();
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(sizes).isEqualTo(900_000);
    // Before the plans were precomputed: an ArrayList and its array, 56 B per plan here.
    assertThat(allocated / 100_000.0).isLessThan(1.0);
  }

  private static DefaultNode node(int n) {
    DefaultNode node = new DefaultNode(new InetSocketAddress("127.0.0." + n, 9042));
    node.describe("dc1", "r1", new UUID(0, n), "5.0.6");
    node.state(NodeState.UP);
    return node;
  }
}
