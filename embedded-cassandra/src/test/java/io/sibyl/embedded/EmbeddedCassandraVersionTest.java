package io.sibyl.embedded;

import static io.sibyl.embedded.EmbeddedCassandraSingleNodeTest.answersOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts real nodes of another Cassandra than the default: 4.1, resolved at run time (about 30 MB
 * downloaded once, then cached) and run on this JVM's Java 17, which Cassandra 4.1 does not support
 * officially; and an unpacked distribution's {@code lib/}.
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
      assertThat(
              EmbeddedCassandraSingleNodeTest.query(
                  node.address(), "SELECT release_version FROM system.local"))
          .containsExactly(List.of(CASSANDRA_4_1));
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void should_run_the_jars_of_a_distribution_when_a_cassandra_home_is_named(@TempDir Path home)
      throws Exception {
    // A distribution's lib/ as a release unpacks it: the server jar named apache-cassandra-*.
    Path lib = Files.createDirectories(home.resolve("lib"));
    for (Path jar : ServerClasspathResolver.fromEnvironment().resolve("5.0.6", null).jars()) {
      String name = jar.getFileName().toString().replace("cassandra-all-", "apache-cassandra-");
      Files.createSymbolicLink(lib.resolve(name), jar);
    }

    try {
      try (EmbeddedCassandra cassandra =
          EmbeddedCassandra.builder().cassandraVersion("4.1.10").cassandraHome(home).start()) {
        EmbeddedNode node = cassandra.node(1);

        assertThat(cassandra.cassandraVersion())
            .as("the distribution's version wins")
            .isEqualTo("5.0.6");
        assertThat(ProcessHandle.of(node.process().pid()).orElseThrow().info().commandLine())
            .hasValueSatisfying(line -> assertThat(line).contains(lib.toString()));
        assertThat(
                EmbeddedCassandraSingleNodeTest.query(
                    node.address(), "SELECT release_version FROM system.local"))
            .containsExactly(List.of("5.0.6"));
      }
    } finally {
      // Unlinked here, so that JUnit need not warn about links leaving its temporary directory.
      try (var links = Files.list(lib)) {
        for (Path link : (Iterable<Path>) links::iterator) {
          Files.delete(link);
        }
      }
    }
  }
}
