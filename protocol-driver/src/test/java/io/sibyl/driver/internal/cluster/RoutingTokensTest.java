package io.sibyl.driver.internal.cluster;

import static io.sibyl.driver.internal.cluster.TestNode.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A statement's routing token, through the replica lookup and the default policy. */
class RoutingTokensTest {
  private final DefaultNode a = node(1, "dc1", "r1", -6_000_000_000_000_000_000L);
  private final DefaultNode b = node(2, "dc1", "r1", -1_000_000_000_000_000_000L);
  private final DefaultNode c = node(3, "dc1", "r1", 4_000_000_000_000_000_000L);
  private final DefaultTokenMap ring =
      DefaultTokenMap.build(
          DefaultTokenMap.MURMUR3,
          List.of(a, b, c),
          List.of(keyspace("one", 1), keyspace("two", 2)));
  private final SimpleStatement range =
      SimpleStatement.of("SELECT * FROM t WHERE token(k) > ? AND token(k) <= ?", 1L, 2L);

  private static KeyspaceMetadata keyspace(String name, int factor) {
    return new KeyspaceMetadata(
        name,
        true,
        Map.of(
            "class",
            "org.apache.cassandra.locator.SimpleStrategy",
            "replication_factor",
            Integer.toString(factor)),
        Map.of(),
        Map.of());
  }

  private DefaultLoadBalancingPolicy policy() {
    DefaultLoadBalancingPolicy policy = new DefaultLoadBalancingPolicy();
    policy.init(List.of(a, b, c), "dc1");
    return policy;
  }

  @Test
  void should_start_every_plan_with_the_replica_of_the_range_holding_the_token() {
    DefaultLoadBalancingPolicy policy = policy();
    // Each end token of the ring's ranges is owned by the node whose token it is.
    Map<Long, Node> owners =
        Map.of(-6_000_000_000_000_000_000L, a, 0L, c, 5L, c, Long.MAX_VALUE, a);
    owners.forEach(
        (token, owner) -> {
          SimpleStatement routed = range.withRoutingToken(token);
          for (int i = 0; i < 6; i++) {
            List<Node> replicas = RoutingTokens.replicas(ring, routed, "one", null);
            assertThat(replicas).containsExactly(owner);
            List<Node> plan = policy.newQueryPlan(routed, replicas);
            assertThat(plan.get(0)).as("plan %s for token %s", i, token).isEqualTo(owner);
            assertThat(plan).containsExactlyInAnyOrder(a, b, c);
          }
        });
  }

  @Test
  void should_spread_one_token_over_its_replicas_when_there_are_several() {
    DefaultLoadBalancingPolicy policy = policy();
    SimpleStatement routed = range.withRoutingToken(-3_000_000_000_000_000_000L);
    List<Node> replicas = RoutingTokens.replicas(ring, routed, "two", null);
    assertThat(replicas).containsExactly(b, c);

    Set<Node> firsts = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      firsts.add(policy.newQueryPlan(routed, replicas).get(0));
    }

    assertThat(firsts).containsExactlyInAnyOrder(b, c);
  }

  @Test
  void should_take_the_keyspace_of_the_table_then_of_the_statement_then_of_the_session() {
    SimpleStatement routed = range.withRoutingToken(0L);

    assertThat(RoutingTokens.replicas(ring, routed, "two", "one")).containsExactly(c, a);
    assertThat(RoutingTokens.replicas(ring, routed.withKeyspace("two"), null, "one"))
        .containsExactly(c, a);
    assertThat(RoutingTokens.replicas(ring, routed, null, "one")).containsExactly(c);
    assertThat(RoutingTokens.replicas(ring, routed, null, null)).isEmpty();
    assertThat(RoutingTokens.replicas(ring, routed, "unknown", null)).isEmpty();
  }

  @Test
  void should_route_nothing_without_a_routing_token_or_once_it_is_cleared() {
    assertThat(RoutingTokens.replicas(ring, range, "one", null)).isEmpty();
    assertThat(
            RoutingTokens.replicas(
                ring, range.withRoutingToken(0L).withRoutingToken(null), "one", null))
        .isEmpty();
  }

  @Test
  void should_refuse_a_token_of_another_partitioner_naming_the_statement_and_partitioner() {
    SimpleStatement routed = range.withRoutingToken(BigInteger.TEN);

    assertThatThrownBy(() -> RoutingTokens.replicas(ring, routed, "one", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The routing token of SimpleStatement[SELECT * FROM t WHERE token(k) > ? AND"
                + " token(k) <= ?] is a java.math.BigInteger, but the cluster's partitioner"
                + " (Murmur3Partitioner) has tokens of another type; pass a token as"
                + " TokenMap.token(...) or TokenMap.ringTokens() give it");
  }

  @Test
  void should_keep_the_routing_token_through_other_options() {
    SimpleStatement routed =
        range.withRoutingToken(7L).withPageSize(10).withPagingState(null).withTracing(true);

    assertThat(routed.routingToken()).isEqualTo(7L);
    assertThat(range.routingToken()).isNull();
  }
}
