package io.sibyl.driver.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** LWT-aware routing in {@link DefaultLoadBalancingPolicy}. */
class LwtQueryPlanTest {
  private final DefaultNode local1 = node(1, "dc1");
  private final DefaultNode local2 = node(2, "dc1");
  private final DefaultNode local3 = node(3, "dc1");
  private final DefaultNode local4 = node(4, "dc1");
  private final DefaultNode remote = node(5, "dc2");
  private final SimpleStatement lwt =
      SimpleStatement.of("UPDATE t SET v = 1 WHERE k = 0 IF v = 0").withLwt(true);
  private final SimpleStatement plain = SimpleStatement.of("UPDATE t SET v = 1 WHERE k = 0");

  @Test
  void should_send_every_lwt_to_the_primary_replica_first_and_the_replicas_in_ring_order() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());
    List<Node> replicas = List.of(local3, local1, local2);

    for (int i = 0; i < 10; i++) {
      assertThat(policy.newQueryPlan(lwt, replicas))
          .containsExactly(local3, local1, local2, local4);
    }
  }

  @Test
  void should_rotate_the_replicas_of_a_statement_that_is_not_an_lwt() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());
    List<Node> replicas = List.of(local3, local1, local2);

    Set<Node> firsts = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      firsts.add(policy.newQueryPlan(plain, replicas).get(0));
    }

    assertThat(firsts).containsExactlyInAnyOrder(local1, local2, local3);
  }

  @Test
  void should_rotate_lwts_when_lwt_routing_is_switched_off() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy().withoutLwtRouting());
    List<Node> replicas = List.of(local3, local1, local2);

    Set<Node> firsts = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      firsts.add(policy.newQueryPlan(lwt, replicas).get(0));
    }

    assertThat(firsts).containsExactlyInAnyOrder(local1, local2, local3);
  }

  @Test
  void should_skip_a_down_primary_and_keep_the_order_of_the_others() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());
    local3.state(NodeState.DOWN);

    assertThat(policy.newQueryPlan(lwt, List.of(local3, local1, local2)))
        .containsExactly(local1, local2, local4);
  }

  @Test
  void should_leave_out_remote_replicas_when_remote_datacenters_are_not_allowed() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());

    assertThat(policy.newQueryPlan(lwt, List.of(remote, local2, local1)))
        .containsExactly(local2, local1, local3, local4);
  }

  @Test
  void should_put_remote_replicas_after_every_local_node_when_remote_datacenters_are_allowed() {
    DefaultLoadBalancingPolicy policy =
        init(new DefaultLoadBalancingPolicy().allowRemoteDatacenters());

    List<Node> plan = policy.newQueryPlan(lwt, List.of(remote, local2, local1));

    assertThat(plan).hasSize(5).startsWith(local2, local1).endsWith(remote);
  }

  @Test
  void should_never_use_a_replica_the_filter_refuses() {
    DefaultLoadBalancingPolicy policy =
        init(new DefaultLoadBalancingPolicy().withNodeFilter(node -> node != local3));

    assertThat(policy.newQueryPlan(lwt, List.of(local3, local1, local2)))
        .containsExactly(local1, local2, local4);
  }

  @Test
  void should_fall_back_to_the_rotating_plan_when_the_replicas_are_unknown() {
    DefaultLoadBalancingPolicy policy = init(new DefaultLoadBalancingPolicy());

    Set<Node> firsts = new HashSet<>();
    for (int i = 0; i < 8; i++) {
      firsts.add(policy.newQueryPlan(lwt, List.of()).get(0));
    }

    assertThat(firsts).containsExactlyInAnyOrder(local1, local2, local3, local4);
  }

  @Test
  void should_carry_the_lwt_flag_through_copies_of_a_statement() {
    assertThat(lwt.withConsistency(io.sibyl.driver.Consistency.QUORUM).lwt()).isTrue();
    assertThat(lwt.withLwt(false).lwt()).isFalse();
    assertThat(plain.lwt()).isFalse();
  }

  private DefaultLoadBalancingPolicy init(DefaultLoadBalancingPolicy policy) {
    policy.init(List.of(local1, local2, local3, local4, remote), "dc1");
    return policy;
  }

  private static DefaultNode node(int n, String dc) {
    DefaultNode node = new DefaultNode(new InetSocketAddress("127.0.0." + n, 9042));
    node.describe(dc, "r1", new UUID(0, n), "5.0.6");
    node.state(NodeState.UP);
    return node;
  }
}
