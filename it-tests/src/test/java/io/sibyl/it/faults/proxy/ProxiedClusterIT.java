package io.sibyl.it.faults.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static io.sibyl.testsupport.proxy.Direction.SERVER_TO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.testsupport.proxy.Direction;
import io.sibyl.testsupport.proxy.FaultProxies;
import io.sibyl.testsupport.proxy.FaultProxy;
import io.sibyl.testsupport.proxy.FaultRule;
import io.sibyl.testsupport.proxy.Frame;
import io.sibyl.testsupport.proxy.FrameSelector;
import io.sibyl.testsupport.proxy.Opcode;
import io.sibyl.testsupport.proxy.ProxiedConnection;
import io.sibyl.testsupport.proxy.ProxyListener;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A three-node cluster with every node behind its own {@link FaultProxy}: the session reaches the
 * nodes it discovers through their proxies by address translation. Faults on one coordinator: a
 * non-idempotent statement reaches at most one coordinator, an idempotent one moves to the next; a
 * half-open node is marked down while the others serve.
 */
@Tag("multi-node")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProxiedClusterIT {
  private static final Duration MARGIN = Duration.ofSeconds(2);
  private static final AtomicReference<String> RESET_ANSWER_TO = new AtomicReference<>();

  private static EmbeddedCassandra cluster;
  private static FaultProxies proxies;

  private final List<CompletableFuture<?>> requests = new CopyOnWriteArrayList<>();
  private Session session;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).start();
    proxies =
        FaultProxies.start(
            cluster.contactPoints(),
            node ->
                FaultProxy.builder(node)
                    .name("node-" + node.getAddress().getHostAddress())
                    .listener(new ResetTheAnswer()));
    try (Session admin =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .localDatacenter(cluster.localDatacenter())
            .requestTimeout(Duration.ofSeconds(10))
            .build()) {
      admin.execute(
          "CREATE KEYSPACE proxied WITH replication = {'class': 'NetworkTopologyStrategy',"
              + " 'datacenter1': 3}");
      admin.execute("CREATE TABLE proxied.hits (k int PRIMARY KEY, n counter)");
    }
  }

  @AfterAll
  static void stop() {
    if (proxies != null) {
      proxies.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  /**
   * On the connection that carries the statement named in {@link #RESET_ANSWER_TO}, resets the
   * answer to it (once over all proxies).
   */
  private static final class ResetTheAnswer implements ProxyListener {
    @Override
    public void onChunkReceived(
        ProxiedConnection connection, Direction direction, int bytes, List<Frame> frames) {
      String cql = RESET_ANSWER_TO.get();
      if (direction != CLIENT_TO_SERVER || cql == null) {
        return;
      }
      for (Frame frame : frames) {
        if (frame.queries().contains(cql) && RESET_ANSWER_TO.compareAndSet(cql, null)) {
          connection.rule(
              SERVER_TO_CLIENT, FaultRule.reset().onFrames(FrameSelector.stream(frame.streamId())));
        }
      }
    }
  }

  private Session connect() {
    return connect(builder -> {});
  }

  private Session connect(java.util.function.Consumer<SessionBuilder> customizer) {
    SessionBuilder builder =
        Session.builder()
            .addContactPoint(proxies.addresses().get(0))
            .localDatacenter(cluster.localDatacenter())
            .keyspace("proxied")
            .requestTimeout(Duration.ofSeconds(5))
            .reconnectionPolicy(new ConstantReconnectionPolicy(Duration.ofMillis(200)));
    customizer.accept(builder);
    session = builder.addressTranslator(proxies::translate).build();
    return session;
  }

  @AfterEach
  void close() throws Exception {
    RESET_ANSWER_TO.set(null);
    try {
      if (session != null) {
        session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
        for (CompletableFuture<?> request : requests) {
          assertThat(request).as("a request completes, at the latest with the session").isDone();
        }
      }
    } finally {
      proxies.clearRules();
      for (FaultProxy proxy : proxies.proxies()) {
        proxy.counters().reset();
      }
    }
  }

  private Throwable failureOf(SimpleStatement statement, Duration deadline) {
    CompletableFuture<AsyncResultSet> result =
        session.executeAsync(statement).toCompletableFuture();
    requests.add(result);
    Throwable error =
        catchThrowable(() -> result.get(deadline.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS));
    if (error != null) {
      assertThat(error)
          .as("completed within the deadline")
          .isNotInstanceOf(java.util.concurrent.TimeoutException.class);
    }
    return error instanceof ExecutionException ? error.getCause() : error;
  }

  @Test
  void should_reach_every_node_through_its_proxy() {
    connect();

    assertThat(session.metadata().nodes())
        .extracting(Node::address)
        .containsExactlyInAnyOrderElementsOf(proxies.addresses());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              for (FaultProxy proxy : proxies.proxies()) {
                assertThat(proxy.counters().connectionsOpen()).as(proxy.toString()).isPositive();
              }
            });
  }

  @Test
  void should_send_a_non_idempotent_statement_to_at_most_one_coordinator() {
    connect();
    String update = "UPDATE hits SET n = n + 1 WHERE k = 1";
    FrameSelector updates = FrameSelector.opcode(Opcode.QUERY).and(FrameSelector.query(update));
    RESET_ANSWER_TO.set(update);

    Throwable error = failureOf(SimpleStatement.of(update), Duration.ofSeconds(5));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(proxies.countForwarded(CLIENT_TO_SERVER, updates)).isOne();
    assertThat(proxies.proxiesThatForwarded(CLIENT_TO_SERVER, updates)).hasSize(1);
  }

  @Test
  void should_move_an_idempotent_statement_to_the_next_coordinator() {
    connect();
    String select = "SELECT n FROM hits WHERE k = 1";
    FrameSelector selects = FrameSelector.opcode(Opcode.QUERY).and(FrameSelector.query(select));
    RESET_ANSWER_TO.set(select);

    ResultSet rows = session.execute(SimpleStatement.of(select).withIdempotent(true));

    assertThat(rows.executionInfo().coordinator()).isIn(proxies.addresses());
    assertThat(proxies.countForwarded(CLIENT_TO_SERVER, selects)).isEqualTo(2);
    assertThat(proxies.proxiesThatForwarded(CLIENT_TO_SERVER, selects)).hasSize(2);
  }

  @Test
  void should_mark_a_half_open_node_down_while_the_others_serve() {
    // An idempotent request stuck on the paused node moves on after 500 ms; heartbeats find the
    // node out.
    connect(
        builder ->
            builder
                .attemptTimeout(Duration.ofMillis(500))
                .heartbeatInterval(Duration.ofMillis(300)));
    InetSocketAddress paused = proxies.addresses().get(1);
    Node node = session.metadata().node(paused).orElseThrow();
    proxies.proxyAt(paused).orElseThrow().rule(FaultRule.pause());

    for (int i = 0; i < 20; i++) {
      Throwable error =
          failureOf(
              SimpleStatement.of("SELECT n FROM hits WHERE k = " + i)
                  .withIdempotent(true)
                  .withTimeout(Duration.ofSeconds(3)),
              Duration.ofSeconds(3));
      assertThat(error).as("request %d", i).isNull();
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(node.openConnections()).isZero());

    proxies.clearRules();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(node.state()).isEqualTo(NodeState.UP));
  }
}
