package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starts a real three-node cluster over two data centers (about 15 to 30 s on two cores). */
class EmbeddedCassandraTwoDatacentersTest {

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void should_place_each_node_in_its_own_datacenter_and_rack_as_every_node_sees_it()
      throws Exception {
    try (EmbeddedCassandra cassandra =
        EmbeddedCassandra.builder()
            .nodes(3)
            .datacenters("dc1", "dc1", "dc2")
            .racks("rack1", "rack2", "rack1")
            .start()) {
      assertThat(cassandra.localDatacenter()).isEqualTo("dc1");
      assertThat(cassandra.datacenters()).containsExactly("dc1", "dc1", "dc2");
      List<String> expected = List.of("dc1/rack1", "dc1/rack2", "dc2/rack1");

      for (EmbeddedNode node : cassandra.nodes()) {
        List<List<String>> local =
            EmbeddedCassandraSingleNodeTest.query(
                node.address(), "SELECT data_center, rack FROM system.local");
        assertThat(local)
            .as("system.local of %s", node)
            .containsExactly(List.of(expected.get(node.number() - 1).split("/")));

        // No waiting: start() returns only once every node lists the others here.
        List<List<String>> peers =
            EmbeddedCassandraSingleNodeTest.query(
                node.address(), "SELECT peer, data_center, rack FROM system.peers_v2");
        assertThat(peers).as("system.peers_v2 of %s", node).hasSize(2);
        for (List<String> peer : peers) {
          int number = Integer.parseInt(peer.get(0).substring(peer.get(0).lastIndexOf('.') + 1));
          assertThat(peer.get(1) + "/" + peer.get(2))
              .as("%s as seen by %s", peer.get(0), node)
              .isEqualTo(expected.get(number - 1));
        }
      }
    }
  }

  @Test
  void should_refuse_a_datacenter_list_that_does_not_name_one_per_node() {
    assertThatThrownBy(() -> EmbeddedCassandra.builder().nodes(3).datacenters("dc1", "dc2").start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 data center(s)")
        .hasMessageContaining("3 node(s)");
  }
}
