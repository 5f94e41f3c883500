package io.sibyl.embedded;

import static io.sibyl.embedded.EmbeddedCassandraSingleNodeTest.answersOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Starts a real node of Cassandra 4.1, resolved at run time (about 30 MB downloaded once, then
 * cached), on this JVM's Java 17, which Cassandra 4.1 does not support officially.
 */
class EmbeddedCassandraVersionTest {

  static final String CASSANDRA_4_1 = "4.1.10";

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void should_start_a_cassandra_4_1_node_when_that_version_is_asked_for() throws Exception {
    try (EmbeddedCassandra cassandra =
        EmbeddedCassandra.builder().cassandraVersion(CASSANDRA_4_1).start()) {
      EmbeddedNode node = cassandra.node(1);

      assertThat(cassandra.cassandraVersion()).isEqualTo(CASSANDRA_4_1);
      assertThat(answersOptions(node.address())).isTrue();
      assertThat(RawCql.query(node.address(), "SELECT release_version FROM system.local"))
          .containsExactly(List.of(CASSANDRA_4_1));
    }
  }
}
