package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a real one-node cluster from the bundled cassandra-all (about 5 to 15 s). */
class EmbeddedCassandraSingleNodeTest {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCassandraSingleNodeTest.class);

  @Test
  void should_serve_cql_then_stop_restart_with_its_data_and_delete_everything_on_close()
      throws Exception {
    Path directory;
    EmbeddedNode node;
    long started = System.nanoTime();
    try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder().start()) {
      LOG.info("1 node accepted CQL {} ms after start()", millisSince(started));
      directory = cassandra.directory();
      node = cassandra.node(1);

      assertThat(cassandra.backend()).isEqualTo(CassandraBackend.EMBEDDED);
      assertThat(cassandra.contactPoints()).containsExactly(node.address());
      assertThat(cassandra.localDatacenter()).isEqualTo("datacenter1");
      assertThat(cassandra.username()).isNull();
      assertThat(cassandra.password()).isNull();
      assertThat(cassandra.tls()).isEmpty();
      assertThat(node.address().getPort()).isEqualTo(9042);
      assertThat(node.address().getAddress().getHostAddress()).matches("127\\.0\\.\\d+\\.1");
      assertThat(answersOptions(node.address())).isTrue();

      long stopping = System.nanoTime();
      node.stop();
      LOG.info("Graceful stop took {} ms", millisSince(stopping));
      assertThat(node.isRunning()).isFalse();
      assertThat(answersOptions(node.address())).isFalse();
      assertThat(node.directory().resolve("data").resolve("system")).isDirectory();

      long restarting = System.nanoTime();
      node.start();
      LOG.info("Restart with data took {} ms", millisSince(restarting));
      assertThat(node.isRunning()).isTrue();
      assertThat(answersOptions(node.address())).isTrue();
      assertThat(Files.readString(node.logFile())).containsOnlyOnce("No host ID found");
    }

    assertThat(node.isRunning()).isFalse();
    assertThat(directory).doesNotExist();
    assertThat(answersOptions(node.address())).isFalse();
  }

  static boolean answersOptions(InetSocketAddress address) {
    return new NativeProtocolProbe(address, null, Duration.ofSeconds(2)).answersOptions();
  }

  /** Runs {@code cql} on a node without authentication or TLS; every cell as text. */
  static List<List<String>> query(InetSocketAddress address, String cql) throws IOException {
    return new NativeProtocolProbe(address, null, Duration.ofSeconds(10)).query(cql, null, null);
  }

  static long millisSince(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
  }
}
