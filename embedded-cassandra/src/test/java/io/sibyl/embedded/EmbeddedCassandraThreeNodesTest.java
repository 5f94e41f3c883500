package io.sibyl.embedded;

import static io.sibyl.embedded.EmbeddedCassandraSingleNodeTest.answersOptions;
import static io.sibyl.embedded.EmbeddedCassandraSingleNodeTest.millisSince;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a real three-node cluster (about 15 to 30 s on two cores). */
class EmbeddedCassandraThreeNodesTest {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCassandraThreeNodesTest.class);

  @Test
  void should_start_three_nodes_that_all_serve_cql_and_bring_a_killed_node_back() {
    long started = System.nanoTime();
    try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder().nodes(3).start()) {
      LOG.info(
          "3 nodes accepted CQL and saw each other UP {} ms after start()", millisSince(started));

      assertThat(cassandra.contactPoints()).hasSize(3);
      String block =
          cassandra.node(1).address().getAddress().getHostAddress().replaceAll("\\.1$", "");
      for (EmbeddedNode node : cassandra.nodes()) {
        assertThat(node.address().getAddress().getHostAddress())
            .isEqualTo(block + "." + node.number());
        assertThat(answersOptions(node.address())).as("%s answers OPTIONS", node).isTrue();
      }

      EmbeddedNode second = cassandra.node(2);
      second.kill();
      assertThat(second.isRunning()).isFalse();
      assertThat(answersOptions(second.address())).isFalse();
      assertThat(answersOptions(cassandra.node(1).address())).isTrue();

      long restarting = System.nanoTime();
      second.start();
      LOG.info("Killed node 2 was back and seen UP {} ms after start()", millisSince(restarting));
      for (InetSocketAddress address : cassandra.contactPoints()) {
        assertThat(answersOptions(address)).isTrue();
      }
    }
  }
}
