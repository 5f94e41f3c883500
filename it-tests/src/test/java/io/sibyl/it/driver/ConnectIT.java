package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.BlockingOperationException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.it.support.SessionITBase;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConnectIT extends SessionITBase {

  @Test
  void should_describe_the_node_it_connected_to() {
    Node node = session.metadata().nodes().iterator().next();
    assertThat(node.state()).isEqualTo(NodeState.UP);
    assertThat(node.datacenter()).isEqualTo(cluster.localDatacenter());
    assertThat(node.releaseVersion()).startsWith("5.0");
    assertThat(node.hostId()).isNotNull();
    assertThat(session.metadata().clusterName()).isNotBlank();
  }

  @Test
  void should_name_each_unreachable_contact_point() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    InetSocketAddress nowhere = new InetSocketAddress("127.0.0.1", closedPort);
    assertThatThrownBy(() -> Session.builder().addContactPoint(nowhere).build())
        .isInstanceOf(AllNodesFailedException.class)
        .hasMessageContaining("127.0.0.1:" + closedPort);
  }

  @Test
  void should_skip_a_dead_contact_point_for_a_live_one() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Session other =
        newSession(builder -> {}, new InetSocketAddress("127.0.0.1", closedPort))) {
      assertThat(other.execute("SELECT key FROM system.local").one()).isNotNull();
    }
  }

  @Test
  void should_fail_clearly_when_the_keyspace_does_not_exist() {
    assertThatThrownBy(() -> newSession(builder -> builder.keyspace("no_such_keyspace")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("no_such_keyspace");
  }

  @Test
  void should_refuse_to_block_on_a_driver_io_thread() {
    // The callback runs on the I/O thread that completed the request, unless the request had
    // completed before the callback was attached: then try again.
    for (int attempt = 0; attempt < 100; attempt++) {
      CompletableFuture<Throwable> seen =
          session
              .executeAsync("SELECT key FROM system.local")
              .toCompletableFuture()
              .handle((rs, error) -> blockingCallOutcome());
      Throwable outcome = seen.join();
      if (outcome != NOT_ON_IO_THREAD) {
        assertThat(outcome)
            .isInstanceOf(BlockingOperationException.class)
            .hasMessageContaining("async");
        return;
      }
    }
    throw new AssertionError("no callback ran on a driver I/O thread in 100 attempts");
  }

  private static final Throwable NOT_ON_IO_THREAD = new Throwable();

  private static Throwable blockingCallOutcome() {
    if (!Thread.currentThread().getName().startsWith("sibyl-")) {
      return NOT_ON_IO_THREAD;
    }
    try {
      session.execute("SELECT key FROM system.local");
      return null;
    } catch (DriverException e) {
      return e;
    }
  }

  @Test
  void should_refuse_requests_after_close() {
    Session other = newSession(builder -> {});
    other.close();
    assertThatThrownBy(() -> other.execute("SELECT key FROM system.local"))
        .isInstanceOf(SessionClosedException.class);
  }

  @Test
  void should_switch_keyspace_on_use() {
    try (Session other = newSession(builder -> {})) {
      other.execute("USE " + keyspace);
      assertThat(other.keyspace()).isEqualTo(keyspace);
      other.execute("CREATE TABLE IF NOT EXISTS used (id int PRIMARY KEY)");
      assertThat(other.execute("SELECT * FROM used").all()).isEmpty();
    }
  }
}
