package io.sibyl.driver.internal.cluster;

import static io.sibyl.driver.internal.cluster.TestNode.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Node;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultTokenMapTest {
  private final DefaultNode a = node(1, "dc1", "r1", -6_000_000_000_000_000_000L);
  private final DefaultNode b = node(2, "dc1", "r2", -1_000_000_000_000_000_000L);
  private final DefaultNode c = node(3, "dc1", "r1", 4_000_000_000_000_000_000L);
  private final DefaultNode d = node(4, "dc2", "r1", 8_000_000_000_000_000_000L);

  private static KeyspaceMetadata keyspace(String name, Map<String, String> replication) {
    return new KeyspaceMetadata(name, true, replication, Map.of(), Map.of());
  }

  @Test
  void should_place_simple_strategy_replicas_clockwise_from_the_token() {
    DefaultTokenMap map =
        DefaultTokenMap.build(
            DefaultTokenMap.MURMUR3,
            List.of(a, b, c, d),
            List.of(
                keyspace(
                    "ks",
                    Map.of(
                        "class", "org.apache.cassandra.locator.SimpleStrategy",
                        "replication_factor", "2"))));

    // The owner is the first node token at or after the partition's token, then the next ones.
    assertThat(replicasAfter(map, "ks", -5_000_000_000_000_000_000L)).containsExactly(b, c);
    assertThat(replicasAfter(map, "ks", -1_000_000_000_000_000_000L)).containsExactly(b, c);
    // Past the last token the ring wraps around to the first.
    assertThat(replicasAfter(map, "ks", 9_000_000_000_000_000_000L)).containsExactly(a, b);
    // A routing key goes to the replicas of its own token.
    ByteBuffer key = utf8("some key");
    assertThat(map.replicas("ks", key)).isEqualTo(replicasAfter(map, "ks", map.token(key)));
  }

  @Test
  void should_list_the_ring_tokens_ascending_with_the_replicas_of_each() {
    DefaultTokenMap map =
        DefaultTokenMap.build(
            DefaultTokenMap.MURMUR3,
            List.of(c, a, d, b),
            List.of(
                keyspace(
                    "ks",
                    Map.of(
                        "class", "org.apache.cassandra.locator.SimpleStrategy",
                        "replication_factor", "2"))));

    assertThat(map.ringTokens())
        .containsExactly(
            -6_000_000_000_000_000_000L,
            -1_000_000_000_000_000_000L,
            4_000_000_000_000_000_000L,
            8_000_000_000_000_000_000L);
    assertThat(map.replicasOfToken("ks", 4_000_000_000_000_000_000L)).containsExactly(c, d);
    assertThat(map.replicasOfToken("ks", 9_000_000_000_000_000_000L)).containsExactly(a, b);
    assertThat(map.replicasOfToken("other", 0L)).isEmpty();
  }

  @Test
  void should_place_network_topology_replicas_per_datacenter_on_distinct_racks() {
    DefaultTokenMap map =
        DefaultTokenMap.build(
            DefaultTokenMap.MURMUR3,
            List.of(a, b, c, d),
            List.of(
                keyspace(
                    "nts",
                    Map.of(
                        "class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                        "dc1", "2",
                        "dc2", "1"))));
    // A token just above a's: the walk starts at b (r2), then c (r1), then d (dc2), then a.
    List<Node> replicas = replicasAfter(map, "nts", -5_000_000_000_000_000_000L);

    assertThat(replicas).containsExactly(b, c, d);
  }

  @Test
  void should_skip_a_second_node_on_the_same_rack_until_all_racks_have_a_replica() {
    DefaultTokenMap map =
        DefaultTokenMap.build(
            DefaultTokenMap.MURMUR3,
            List.of(a, b, c, d),
            List.of(
                keyspace(
                    "nts",
                    Map.of(
                        "class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                        "dc1", "2"))));
    // From c (r1) the next dc1 node is a (r1 again): b (r2) is taken before it.
    List<Node> replicas = replicasAfter(map, "nts", 0L);

    assertThat(replicas).containsExactly(c, b);
  }

  @Test
  void should_know_no_replicas_for_an_unknown_keyspace_or_local_strategy() {
    DefaultTokenMap map =
        DefaultTokenMap.build(
            DefaultTokenMap.MURMUR3,
            List.of(a, b),
            List.of(
                keyspace("system", Map.of("class", "org.apache.cassandra.locator.LocalStrategy"))));
    assertThat(map.replicas("system", utf8("k"))).isEmpty();
    assertThat(map.replicas("nope", utf8("k"))).isEmpty();
  }

  @Test
  void should_not_build_a_map_for_an_unknown_partitioner() {
    assertThat(
            DefaultTokenMap.build(
                "org.apache.cassandra.dht.LocalPartitioner", List.of(a), List.of()))
        .isNull();
  }

  /** Replicas for the range whose start is just above {@code tokenInRange}'s owner. */
  private static List<Node> replicasAfter(
      DefaultTokenMap map, String keyspace, Object tokenInRange) {
    return map.replicasForToken(keyspace, tokenInRange);
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
