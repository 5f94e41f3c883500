package io.sibyl.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.EmbeddedCassandra;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs two test classes that ask for the same cluster (one real node, about 5 to 10 s). */
class CassandraExtensionTest {

  private static final List<CassandraCluster> SEEN = new CopyOnWriteArrayList<>();

  @Test
  void should_share_one_cluster_between_test_classes_and_close_it_when_the_run_ends() {
    SEEN.clear();
    System.setProperty("sibyl.backend", "embedded");
    try {
      EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(FirstUser.class), selectClass(SecondUser.class))
          .execute()
          .testEvents()
          .assertStatistics(stats -> stats.started(3).succeeded(3));
    } finally {
      System.clearProperty("sibyl.backend");
    }

    assertThat(SEEN).hasSize(4);
    assertThat(SEEN).allSatisfy(cluster -> assertThat(cluster).isSameAs(SEEN.get(0)));
    EmbeddedCassandra cassandra = (EmbeddedCassandra) SEEN.get(0);
    assertThat(cassandra.node(1).isRunning()).isFalse();
    assertThat(cassandra.directory()).doesNotExist();
  }

  @WithCassandra
  static class FirstUser {

    @BeforeAll
    static void beforeAll(CassandraCluster cassandra) {
      SEEN.add(cassandra);
    }

    @Test
    void first(CassandraCluster cassandra) {
      assertThat(cassandra.contactPoints()).hasSize(1);
      SEEN.add(cassandra);
    }

    @Test
    void second(CassandraCluster cassandra) {
      SEEN.add(cassandra);
    }
  }

  @WithCassandra(nodes = 1)
  static class SecondUser {

    @Test
    void third(CassandraCluster cassandra) {
      assertThat(((EmbeddedCassandra) cassandra).node(1).isRunning()).isTrue();
      SEEN.add(cassandra);
    }
  }
}
