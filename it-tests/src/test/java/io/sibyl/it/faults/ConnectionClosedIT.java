package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node that drops the connection a query came on: an idempotent query moves on to the next node,
 * a non-idempotent one fails with {@link ConnectionException}. Either way the node is marked down
 * and its pool reconnects (every 200 ms here), after which it serves requests again.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConnectionClosedIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.connection_closed WHERE k = 1";

  private final List<String> events = new CopyOnWriteArrayList<>();
  private Session session;

  @BeforeEach
  void connect() {
    session =
        SIMULACRON
            .sessionBuilder()
            .addNodeStateListener(
                new NodeStateListener() {
                  @Override
                  public void onUp(Node node) {
                    events.add("up " + node.address().getAddress().getHostAddress());
                  }

                  @Override
                  public void onDown(Node node) {
                    events.add("down " + node.address().getAddress().getHostAddress());
                  }
                })
            .build();
    events.clear();
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void should_try_the_next_node_when_idempotent_and_recover_the_pool() {
    SIMULACRON.prime(0, SimulacronPrime.closeConnection(QUERY));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(true));

    assertThat(rows.one().getInt("v")).isEqualTo(1);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
    assertRecovers(0);
  }

  @Test
  void should_fail_with_a_connection_error_when_not_idempotent_and_recover_the_pool() {
    SIMULACRON.prime(0, SimulacronPrime.closeConnection(QUERY));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    Throwable error = catchThrowable(() -> session.execute(SimpleStatement.of(QUERY)));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
    assertRecovers(0);
  }

  @Test
  void should_reconnect_when_the_node_closes_every_connection() {
    SIMULACRON.closeConnections(0);

    assertRecovers(0);
  }

  /** Node {@code index} went down, came back up with its connection, and serves requests again. */
  private void assertRecovers(int index) {
    InetSocketAddress address = SIMULACRON.node(index);
    String host = address.getAddress().getHostAddress();
    Node node = session.metadata().node(address).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(events).containsSubsequence("down " + host, "up " + host);
              assertThat(node.state()).isEqualTo(NodeState.UP);
              assertThat(node.openConnections()).isEqualTo(1);
            });
    SIMULACRON.clearPrimes();
    ResultSet rows = session.execute(QUERY);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(address);
  }
}
