package io.sibyl.driver.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultLoadBalancingPolicyTest {
  private final DefaultNode local1 = node(1, "dc1");
  private final DefaultNode local2 = node(2, "dc1");
  private final DefaultNode local3 = node(3, "dc1");
  private final DefaultNode remote = node(4, "dc2");
  private final SimpleStatement statement = SimpleStatement.of("SELECT 1");

  @Test
  void should_put_local_replicas_first_then_other_local_nodes() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());

    List<Node> plan = policy.newQueryPlan(statement, List.of(local3, remote));

    assertThat(plan)
        .hasSize(3)
        .startsWith(local3)
        .containsExactlyInAnyOrder(local1, local2, local3);
  }

  @Test
  void should_rotate_through_the_local_nodes() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());

    Node first = policy.newQueryPlan(statement, List.of()).get(0);
    Node second = policy.newQueryPlan(statement, List.of()).get(0);
    Node third = policy.newQueryPlan(statement, List.of()).get(0);

    assertThat(List.of(first, second, third)).containsExactlyInAnyOrder(local1, local2, local3);
  }

  @Test
  void should_leave_out_down_nodes_and_remote_nodes_by_default() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());
    local2.state(NodeState.DOWN);

    assertThat(policy.newQueryPlan(statement, List.of(local2)))
        .containsExactlyInAnyOrder(local1, local3);
    assertThat(policy.distance(remote)).isEqualTo(NodeDistance.IGNORED);
  }

  @Test
  void should_use_remote_nodes_last_when_allowed() {
    DefaultLoadBalancingPolicy policy =
        init(new DefaultLoadBalancingPolicy().allowRemoteDatacenters());

    List<Node> plan = policy.newQueryPlan(statement, List.of());

    assertThat(plan).hasSize(4).endsWith(remote);
    assertThat(policy.distance(remote)).isEqualTo(NodeDistance.REMOTE);
  }

  @Test
  void should_never_use_a_node_the_filter_refuses() {
    DefaultLoadBalancingPolicy policy =
        init(new DefaultLoadBalancingPolicy().withNodeFilter(node -> node != local1));

    assertThat(policy.newQueryPlan(statement, List.of(local1))).doesNotContain(local1);
    assertThat(policy.distance(local1)).isEqualTo(NodeDistance.IGNORED);
  }

  @Test
  void should_round_robin_over_every_live_node_with_the_simple_policy() {
    RoundRobinPolicy policy = new RoundRobinPolicy();
    policy.init(List.of(local1, local2, remote), null);
    remote.state(NodeState.DOWN);

    assertThat(policy.newQueryPlan(statement, List.of())).containsExactlyInAnyOrder(local1, local2);
  }

  @Test
  void should_give_every_local_node_in_rotated_order_when_all_are_up() {
    DefaultLoadBalancingPolicy policy = new DefaultLoadBalancingPolicy();
    policy.init(List.of(local1, local2, local3), "dc1");

    List<Node> first = policy.newQueryPlan(statement, List.of());
    List<Node> second = policy.newQueryPlan(statement, List.of());
    List<Node> third = policy.newQueryPlan(statement, List.of());
    List<Node> fourth = policy.newQueryPlan(statement, List.of());

    assertThat(first).containsExactly(local1, local2, local3);
    assertThat(second).containsExactly(local2, local3, local1);
    assertThat(third).containsExactly(local3, local1, local2);
    assertThat(fourth).isSameAs(first); // precomputed, nothing allocated per request
  }

  @Test
  void should_leave_out_a_node_that_went_down_after_the_plans_were_precomputed() {
    DefaultLoadBalancingPolicy policy = new DefaultLoadBalancingPolicy();
    policy.init(List.of(local1, local2, local3), "dc1");
    policy.newQueryPlan(statement, List.of());
    local2.state(NodeState.DOWN);

    for (int i = 0; i < 3; i++) {
      assertThat(policy.newQueryPlan(statement, List.of()))
          .containsExactlyInAnyOrder(local1, local3);
    }
  }

  @Test
  void should_include_a_node_added_after_the_plans_were_precomputed() {
    DefaultLoadBalancingPolicy policy = new DefaultLoadBalancingPolicy();
    policy.init(List.of(local1, local2), "dc1");
    policy.newQueryPlan(statement, List.of());

    policy.onAdd(local3);
    policy.onRemove(local1);

    assertThat(policy.newQueryPlan(statement, List.of())).containsExactlyInAnyOrder(local2, local3);
  }

  private DefaultLoadBalancingPolicy init(DefaultLoadBalancingPolicy policy) {
    policy.init(List.of(local1, local2, local3, remote), "dc1");
    return policy;
  }

  private static DefaultNode node(int n, String dc) {
    DefaultNode node = new DefaultNode(new InetSocketAddress("127.0.0." + n, 9042));
    node.describe(dc, "r1", new UUID(0, n), "5.0.6");
    node.state(NodeState.UP);
    return node;
  }
}
