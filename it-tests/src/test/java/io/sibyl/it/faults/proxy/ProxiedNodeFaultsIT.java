package io.sibyl.it.faults.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static io.sibyl.testsupport.proxy.Direction.SERVER_TO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import io.sibyl.driver.policy.DefaultRetryPolicy;
import io.sibyl.driver.policy.RetryDecision;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.testsupport.proxy.Direction;
import io.sibyl.testsupport.proxy.FaultProxy;
import io.sibyl.testsupport.proxy.FaultRule;
import io.sibyl.testsupport.proxy.Frame;
import io.sibyl.testsupport.proxy.FrameSelector;
import io.sibyl.testsupport.proxy.Opcode;
import io.sibyl.testsupport.proxy.ProxiedConnection;
import io.sibyl.testsupport.proxy.ProxyListener;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults injected by a {@link FaultProxy} between a session and the shared node: the proxy is the
 * session's only contact point, so for this one-node cluster every connection (control and pool)
 * goes through it. Each test checks that every request completes within its deadline plus a margin,
 * also when the session is closed while the fault is still on, that the node serves again once the
 * fault is gone with no socket leaked (the pool plus one control connection, counted by the proxy),
 * and that closing the session closes every socket.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class ProxiedNodeFaultsIT extends SessionITBase {
  private static final Duration MARGIN = Duration.ofSeconds(2);
  private static final String LOCAL = "SELECT release_version FROM system.local";
  // Short enough (< 64 bytes a request) to travel uncompressed even with LZ4: the proxy sees it.
  private static final String BIG = "SELECT * FROM big";
  private static final int BIG_ROWS = 20;

  private final List<CompletableFuture<?>> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger downEvents = new AtomicInteger();

  /** Called for each chunk a client sends; tests arm it to hit the response that follows. */
  private final AtomicReference<ChunkHook> hook = new AtomicReference<>();

  private FaultProxy proxy;
  private Session proxied;

  @FunctionalInterface
  private interface ChunkHook {
    /** Returns true once it did its job (it is then dropped). */
    boolean onRequestChunk(ProxiedConnection connection, List<Frame> frames);
  }

  @BeforeAll
  static void createTables() {
    session.execute("CREATE TABLE IF NOT EXISTS big (k int, c int, v blob, PRIMARY KEY (k, c))");
    PreparedStatement insert = session.prepare("INSERT INTO big (k, c, v) VALUES (?, ?, ?)");
    for (int c = 0; c < BIG_ROWS; c++) {
      byte[] value = new byte[10_000];
      value[0] = (byte) c;
      session.execute(insert.bind(1, c, ByteBuffer.wrap(value)));
    }
  }

  private Session connect(Consumer<SessionBuilder> customizer) {
    proxy =
        FaultProxy.builder(cluster.contactPoints().get(0))
            .name("it-node")
            .listener(
                new ProxyListener() {
                  @Override
                  public void onChunkReceived(
                      ProxiedConnection connection,
                      Direction direction,
                      int bytes,
                      List<Frame> frames) {
                    ChunkHook armed = hook.get();
                    if (direction == CLIENT_TO_SERVER
                        && armed != null
                        && armed.onRequestChunk(connection, frames)) {
                      hook.compareAndSet(armed, null);
                    }
                  }
                })
            .start();
    SessionBuilder builder =
        Session.builder()
            .addContactPoint(proxy.address())
            .localDatacenter(cluster.localDatacenter())
            .keyspace(keyspace)
            .reconnectionPolicy(new ConstantReconnectionPolicy(Duration.ofMillis(200)))
            .addNodeStateListener(
                new NodeStateListener() {
                  @Override
                  public void onDown(Node node) {
                    downEvents.incrementAndGet();
                  }
                });
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    customizer.accept(builder);
    proxied = builder.build();
    return proxied;
  }

  /** Closes the session while any fault is still on; every request must have completed by then. */
  @AfterEach
  void closeAll() throws Exception {
    try {
      if (proxied != null) {
        CompletableFuture<Void> closed = proxied.closeAsync().toCompletableFuture();
        closed.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<?> request : requests) {
          assertThat(request).as("a request completes, at the latest with the session").isDone();
        }
        // The fault off, the proxy sees every socket the session closed (a paused connection is
        // not read, so its end is seen only now).
        proxy.clearRules();
        await()
            .atMost(Duration.ofSeconds(5))
            .untilAsserted(
                () ->
                    assertThat(proxy.counters().connectionsOpen())
                        .as("sockets left open after the session closed")
                        .isZero());
      }
    } finally {
      hook.set(null);
      if (proxy != null) {
        proxy.close();
      }
    }
  }

  /**
   * On the connection that carries the next request with this CQL text, sets the rule for the
   * answers that the request's stream id gets.
   */
  private void armOnQuery(String cql, java.util.function.IntFunction<FaultRule> ruleForStream) {
    hook.set(
        (connection, frames) -> {
          for (Frame frame : frames) {
            if (frame.queries().contains(cql)) {
              connection.rule(SERVER_TO_CLIENT, ruleForStream.apply(frame.streamId()));
              return true;
            }
          }
          return false;
        });
  }

  /** Waits for the node's pool to be full again. */
  private void awaitPool(int connections) {
    Node node = node();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(node.openConnections()).isEqualTo(connections));
  }

  private <T> CompletableFuture<T> track(CompletionStage<T> stage) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    requests.add(future);
    return future;
  }

  private Node node() {
    return proxied.metadata().node(proxy.address()).orElseThrow();
  }

  /** Runs a statement; returns its error (unwrapped), or null; fails past deadline + margin. */
  private Throwable failureOf(Statement<?> statement, Duration deadline) {
    CompletableFuture<AsyncResultSet> result = track(proxied.executeAsync(statement));
    Throwable error =
        catchThrowable(() -> result.get(deadline.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS));
    if (error != null) {
      assertThat(error)
          .as("the request completed within the deadline")
          .isNotInstanceOf(java.util.concurrent.TimeoutException.class);
    }
    return error instanceof ExecutionException ? error.getCause() : error;
  }

  /**
   * The node is up with an open pool and answers again; then, quiet, nothing is in flight and the
   * sockets through the proxy are the pool's plus one control connection (none leaked).
   */
  private void assertRecovers() {
    Node node = node();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(node.state()).isEqualTo(NodeState.UP);
              assertThat(node.openConnections()).isPositive();
            });
    ResultSet rows = proxied.execute(SimpleStatement.of(BIG).withTimeout(Duration.ofSeconds(5)));
    assertThat(rows.all()).hasSize(BIG_ROWS);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(proxy.address());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(node.inFlight()).as("in flight").isZero();
              assertThat(proxy.counters().connectionsOpen())
                  .as("sockets through the proxy: the pool plus one control connection")
                  .isEqualTo(node.openConnections() + 1L);
            });
  }

  private long bigQueriesForwarded() {
    return proxy.counters().countForwarded(CLIENT_TO_SERVER, FrameSelector.query(BIG));
  }

  @Test
  void should_route_every_connection_through_the_proxy_and_see_v5_envelopes() {
    connect(builder -> builder.protocolVersion(ProtocolVersion.V5).connectionsPerNode(2));

    ResultSet rows = proxied.execute(BIG);

    // One node: its address is the contact point it was reached by, so the pool goes there too.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(proxy.counters().connectionsOpen())
                    .as("control + 2 pool connections")
                    .isEqualTo(3));

    assertThat(rows.all()).hasSize(BIG_ROWS);
    assertThat(proxied.protocolVersion()).isEqualTo(ProtocolVersion.V5);
    assertThat(bigQueriesForwarded()).isOne();
    assertThat(proxy.counters().framesForwarded(CLIENT_TO_SERVER, Opcode.STARTUP)).isPositive();
    assertThat(proxy.counters().forwardedFrames(SERVER_TO_CLIENT))
        .as("responses inside v5 segments are seen")
        .anyMatch(frame -> frame.opcode() == Opcode.RESULT && frame.version() == 5);
    assertThat(node().openConnections()).isPositive();
  }

  @Test
  void should_time_out_within_the_deadline_and_free_the_stream_id_when_responses_are_late() {
    connect(builder -> builder.requestTimeout(Duration.ofMillis(500)));
    Node node = node();
    proxy.rule(SERVER_TO_CLIENT, FaultRule.delay(Duration.ofMillis(1500)));

    long start = System.nanoTime();
    Throwable error = failureOf(SimpleStatement.of(LOCAL), Duration.ofMillis(500));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(error).isInstanceOf(DriverTimeoutException.class).hasMessageContaining(LOCAL);
    assertThat(elapsed).isBetween(Duration.ofMillis(450), Duration.ofMillis(500).plus(MARGIN));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(node.inFlight()).as("the late answer frees it").isZero());
    proxy.clearRules();
    assertRecovers();
  }

  @Test
  void should_time_out_a_large_answer_on_a_slow_link_while_small_ones_pass() {
    connect(builder -> builder.requestTimeout(Duration.ofSeconds(1)).connectionsPerNode(1));
    Node node = node();
    // 50 kB/s: the ~200 kB answer needs 4 s, a system.local row well under the timeout.
    proxy.rule(SERVER_TO_CLIENT, FaultRule.bandwidth(50_000));

    // (Answers on a connection come in order: a small one asked after the large one would wait
    // behind it, so it goes first.)
    ResultSet small = proxied.execute(LOCAL);
    long start = System.nanoTime();
    Throwable error = failureOf(SimpleStatement.of(BIG), Duration.ofSeconds(1));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(small.one()).isNotNull();
    assertThat(error).isInstanceOf(DriverTimeoutException.class);
    assertThat(elapsed).isBetween(Duration.ofMillis(950), Duration.ofSeconds(1).plus(MARGIN));
    proxy.clearRules();
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(node.inFlight()).isZero());
    assertRecovers();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"V4", "V5"})
  void should_fail_with_a_connection_error_and_reconnect_when_reset_mid_response(String version) {
    connect(
        builder -> builder.connectionsPerNode(1).protocolVersion(ProtocolVersion.valueOf(version)));
    // The connection that carries the query gets reset after 3000 bytes of its answer (~200 KB).
    armOnQuery(
        BIG, stream -> FaultRule.resetAfterBytes(3000).onFrames(FrameSelector.stream(stream)));

    Throwable error =
        failureOf(SimpleStatement.of(BIG).withIdempotent(false), Duration.ofSeconds(2));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(bigQueriesForwarded()).as("not retried: not idempotent").isOne();
    assertRecovers();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"V4", "V5"})
  void should_fail_with_a_connection_error_and_reconnect_when_the_answer_is_truncated(
      String version) {
    connect(
        builder -> builder.connectionsPerNode(1).protocolVersion(ProtocolVersion.valueOf(version)));
    armOnQuery(BIG, stream -> FaultRule.truncate(20).onFrames(FrameSelector.stream(stream)));

    Throwable error =
        failureOf(SimpleStatement.of(BIG).withIdempotent(false), Duration.ofSeconds(2));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertRecovers();
  }

  @ParameterizedTest(name = "lz4 = {0}")
  @ValueSource(booleans = {false, true})
  void should_never_yield_a_result_from_a_flipped_v5_segment_and_retry_when_idempotent(
      boolean lz4) {
    connect(
        builder ->
            builder
                .protocolVersion(ProtocolVersion.V5)
                .compression(lz4)
                .connectionsPerNode(2)
                .retryPolicy(new RetrySameOnAbort()));
    assertThat(proxied.protocolVersion()).isEqualTo(ProtocolVersion.V5);
    long seed = 20_240_601L;

    // Idempotent: the flipped answer closes its connection; the retry on the other one succeeds.
    for (int round = 0; round < 4; round++) {
      awaitPool(2);
      long before = bigQueriesForwarded();
      flipNextAnswer(seed + round, lz4);
      ResultSet rows =
          proxied.execute(
              SimpleStatement.of(BIG).withIdempotent(true).withTimeout(Duration.ofSeconds(5)));
      List<io.sibyl.driver.Row> all = rows.all();
      assertThat(all).hasSize(BIG_ROWS);
      for (int c = 0; c < BIG_ROWS; c++) {
        assertThat(all.get(c).getInt("c")).isEqualTo(c);
        assertThat(all.get(c).get("v", ByteBuffer.class).get(0)).isEqualTo((byte) c);
      }
      assertThat(hook.get()).as("the answer was hit").isNull();
      assertThat(bigQueriesForwarded() - before).as("sent, then retried once").isEqualTo(2);
    }

    // Not idempotent: no retry, the error only.
    assertRecovers();
    long before = bigQueriesForwarded();
    flipNextAnswer(seed + 100, lz4);
    Throwable error =
        failureOf(SimpleStatement.of(BIG).withIdempotent(false), Duration.ofSeconds(2));
    assertThat(error).isInstanceOfAny(ConnectionException.class, ProtocolException.class);
    assertThat(bigQueriesForwarded() - before).isOne();
    assertRecovers();
  }

  /**
   * Flips one bit of the first segment of the answer to the next {@link #BIG} request: found by its
   * stream id when uncompressed, else (the answer's envelopes are compressed, out of sight) the
   * next segment on that connection.
   */
  private void flipNextAnswer(long seed, boolean lz4) {
    armOnQuery(
        BIG,
        stream ->
            lz4
                ? FaultRule.flipBits(seed).once()
                : FaultRule.flipBits(seed).onFrames(FrameSelector.stream(stream)).once());
  }

  @Test
  void should_never_apply_a_v5_request_whose_segment_was_corrupted() {
    session.execute("CREATE TABLE IF NOT EXISTS flipped (k int PRIMARY KEY, v text)");
    String insert = "INSERT INTO flipped (k, v) VALUES (1, 'abcdefghijklmnopqrstuvwxyz')";
    connect(builder -> builder.protocolVersion(ProtocolVersion.V5).connectionsPerNode(1));
    for (int round = 0; round < 3; round++) {
      session.execute("TRUNCATE flipped");
      awaitPool(1);
      proxy.rule(
          CLIENT_TO_SERVER,
          FaultRule.flipBits(7 + round).onFrames(FrameSelector.query(insert)).once());

      Throwable error = failureOf(SimpleStatement.of(insert), Duration.ofSeconds(2));

      assertThat(error).as("round %d", round).isInstanceOf(io.sibyl.driver.DriverException.class);
      assertThat(session.execute("SELECT v FROM flipped WHERE k = 1").all())
          .as("the corrupted insert is not applied")
          .isEmpty();
      proxy.clearRules();
      assertRecovers();
    }
  }

  @Test
  void should_mark_a_half_open_node_down_by_heartbeat_and_use_it_again_after_resume() {
    connect(
        builder ->
            builder
                .heartbeatInterval(Duration.ofMillis(300))
                .requestTimeout(Duration.ofSeconds(1))
                .connectionsPerNode(1));
    Node node = node();

    proxy.rule(FaultRule.pause());
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(node.openConnections()).isZero();
              assertThat(downEvents).hasPositiveValue();
            });
    Throwable error = failureOf(SimpleStatement.of(LOCAL), Duration.ofSeconds(1));
    assertThat(error).as("no answer from a half-open node").isNotNull();

    proxy.clearRules();
    assertRecovers();
  }

  @Test
  void should_complete_every_request_when_the_session_closes_during_a_pause() throws Exception {
    connect(builder -> builder.requestTimeout(Duration.ofSeconds(20)));
    proxy.rule(FaultRule.pause());
    List<CompletableFuture<AsyncResultSet>> pending = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pending.add(track(proxied.executeAsync(LOCAL)));
    }

    long start = System.nanoTime();
    proxied.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    for (CompletableFuture<AsyncResultSet> request : pending) {
      assertThat(request).isCompletedExceptionally();
    }
  }

  @Test
  void should_send_a_non_idempotent_update_at_most_once_when_its_answer_is_lost() {
    session.execute("CREATE TABLE IF NOT EXISTS hits (k int PRIMARY KEY, n counter)");
    session.execute("TRUNCATE hits");
    String update = "UPDATE hits SET n = n + 1 WHERE k = 1";
    connect(builder -> builder.connectionsPerNode(2).retryPolicy(new RetrySameOnAbort()));
    FrameSelector updates = FrameSelector.opcode(Opcode.QUERY).and(FrameSelector.query(update));
    // The update reaches the node; its answer is lost to a reset.
    awaitPool(2);
    armOnQuery(update, stream -> FaultRule.reset().onFrames(FrameSelector.stream(stream)));

    Throwable error = failureOf(SimpleStatement.of(update), Duration.ofSeconds(2));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(proxy.counters().countForwarded(CLIENT_TO_SERVER, updates)).isOne();
    assertThat(counter()).as("applied once, not retried").isOne();

    // The same update wrongly marked idempotent is retried, and applied twice: what the flag
    // guards.
    assertRecovers();
    awaitPool(2);
    armOnQuery(update, stream -> FaultRule.reset().onFrames(FrameSelector.stream(stream)));
    proxied.execute(SimpleStatement.of(update).withIdempotent(true));
    assertThat(proxy.counters().countForwarded(CLIENT_TO_SERVER, updates)).isEqualTo(3);
    assertThat(counter()).isEqualTo(3);
  }

  private long counter() {
    return session.execute("SELECT n FROM hits WHERE k = 1").one().getLong(0);
  }

  @Test
  void should_answer_every_request_right_and_in_time_under_jittered_delays() {
    connect(builder -> builder.connectionsPerNode(2).requestTimeout(Duration.ofSeconds(5)));
    PreparedStatement select = proxied.prepare("SELECT c, v FROM big WHERE k = 1 AND c = ?");
    proxy.rule(SERVER_TO_CLIENT, FaultRule.delay(Duration.ofMillis(5), Duration.ofMillis(100), 11));
    proxy.rule(CLIENT_TO_SERVER, FaultRule.delay(Duration.ZERO, Duration.ofMillis(50), 12));

    List<CompletableFuture<AsyncResultSet>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      results.add(track(proxied.executeAsync(select.bind(i % BIG_ROWS))));
    }

    for (int i = 0; i < results.size(); i++) {
      AsyncResultSet page = results.get(i).orTimeout(7, TimeUnit.SECONDS).join();
      io.sibyl.driver.Row row = page.one();
      assertThat(row.getInt(0)).isEqualTo(i % BIG_ROWS);
      assertThat(row.get(1, ByteBuffer.class).get(0)).isEqualTo((byte) (i % BIG_ROWS));
    }
    assertThat(
            proxy
                .counters()
                .countForwarded(CLIENT_TO_SERVER, FrameSelector.preparedId(select.id())))
        .isEqualTo(200);
  }

  @Test
  void should_keep_reconnecting_while_the_node_refuses_connections_then_recover() {
    connect(builder -> builder.connectionsPerNode(1));
    Node node = node();

    proxy.refuseConnections(io.sibyl.testsupport.proxy.RefuseMode.RESET_ON_ACCEPT);
    proxy.dropConnections();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(node.openConnections()).isZero();
              assertThat(proxy.counters().connectionsRefused())
                  .as("reconnect attempts")
                  .isGreaterThan(1);
            });
    Throwable error = failureOf(SimpleStatement.of(LOCAL), Duration.ofSeconds(1));
    assertThat(error).isNotNull();

    proxy.acceptConnections();
    assertRecovers();
  }

  /** Retries an aborted request on the same node (another connection), three times at most. */
  private static final class RetrySameOnAbort extends DefaultRetryPolicy {
    @Override
    public RetryDecision onRequestAborted(Statement<?> statement, Throwable error, int retryCount) {
      return retryCount < 3 ? RetryDecision.RETRY_SAME : RetryDecision.RETHROW;
    }
  }
}
