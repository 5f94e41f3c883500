package io.sibyl.it.faults.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static io.sibyl.testsupport.proxy.Direction.SERVER_TO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.RequestThrottlingException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import io.sibyl.driver.policy.ConstantSpeculativeExecutionPolicy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A three-node cluster (RF 3) with every node behind its own {@link FaultProxy}: the session
 * reaches the nodes it discovers through their proxies by address translation. Faults on one node
 * at a time: a reset answer, a half-open node, a held-back first attempt, a blackholed control node
 * at start and during DDL, a slow node under the throttle, and random faults under a stream of
 * QUORUM writes.
 *
 * <p>After every test, once the faults are cleared, the session must be quiet: no request in flight
 * on any node, and exactly the pools' connections plus one control connection open through the
 * proxies (counted by the proxies, so a leaked socket shows). Every request a test issued must have
 * completed, at the latest when the session closed, and the session's close must close every
 * socket.
 */
@Tag("multi-node")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProxiedClusterIT {
  private static final Logger LOG = LoggerFactory.getLogger(ProxiedClusterIT.class);
  private static final Duration MARGIN = Duration.ofSeconds(2);

  /** Called for each chunk a client sends through any proxy; a test arms it to act on a request. */
  private static final AtomicReference<RequestHook> HOOK = new AtomicReference<>();

  /** The proxied connections that registered for events: control connections. */
  private static final Set<ProxiedConnection> REGISTERED = ConcurrentHashMap.newKeySet();

  private static EmbeddedCassandra cluster;
  private static FaultProxies proxies;

  /** A session straight to the nodes (no proxy): schema, and writes and reads "from elsewhere". */
  private static Session direct;

  private final List<CompletableFuture<?>> requests = new CopyOnWriteArrayList<>();
  private Session session;

  @FunctionalInterface
  private interface RequestHook {
    /**
     * Sees the envelopes of a chunk a client sent to {@code node} (the proxied node's address);
     * returns true once it did its job (it is then dropped).
     */
    boolean onRequest(InetSocketAddress node, ProxiedConnection connection, List<Frame> frames);
  }

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).start();
    proxies =
        FaultProxies.start(
            cluster.contactPoints(),
            node ->
                FaultProxy.builder(node)
                    .name("node-" + node.getAddress().getHostAddress())
                    .listener(new Hooks(node)));
    direct =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .localDatacenter(cluster.localDatacenter())
            .requestTimeout(Duration.ofSeconds(10))
            .consistency(Consistency.QUORUM)
            .build();
    direct.execute(
        "CREATE KEYSPACE proxied WITH replication = {'class': 'NetworkTopologyStrategy',"
            + " 'datacenter1': 3}");
    direct.execute("CREATE TABLE proxied.hits (k int PRIMARY KEY, n counter)");
    direct.execute("CREATE TABLE proxied.stamps (k int PRIMARY KEY, v text, w text)");
    direct.execute("CREATE TABLE proxied.kv (k int PRIMARY KEY, v int)");
    direct.execute("CREATE TABLE proxied.acked (k int PRIMARY KEY, v int)");
    PreparedStatement insert = direct.prepare("INSERT INTO proxied.kv (k, v) VALUES (?, ?)");
    for (int k = 0; k < 50; k++) {
      direct.execute(insert.bind(k, k));
    }
  }

  @AfterAll
  static void stop() {
    if (direct != null) {
      direct.close();
    }
    if (proxies != null) {
      proxies.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  /** Runs the armed {@link #HOOK}; remembers the connections that register for events. */
  private static final class Hooks implements ProxyListener {
    private final InetSocketAddress node;

    Hooks(InetSocketAddress node) {
      this.node = node;
    }

    @Override
    public void onChunkReceived(
        ProxiedConnection connection, Direction direction, int bytes, List<Frame> frames) {
      if (direction != CLIENT_TO_SERVER) {
        return;
      }
      for (Frame frame : frames) {
        if (frame.opcode() == Opcode.REGISTER) {
          REGISTERED.add(connection);
        }
      }
      RequestHook armed = HOOK.get();
      if (armed != null && armed.onRequest(node, connection, frames)) {
        HOOK.compareAndSet(armed, null);
      }
    }
  }

  /** Arms a hook that acts on the first connection, over all proxies, carrying {@code cql}. */
  private static void armOnce(String cql, Consumer<Armed> action) {
    AtomicReference<Boolean> done = new AtomicReference<>(false);
    HOOK.set(
        (node, connection, frames) -> {
          for (Frame frame : frames) {
            if (frame.queries().contains(cql) && done.compareAndSet(false, true)) {
              action.accept(new Armed(node, connection, frame));
              return true;
            }
          }
          return false;
        });
  }

  /** Where an armed hook fired: the proxied node, the connection and the request's envelope. */
  private record Armed(InetSocketAddress node, ProxiedConnection connection, Frame frame) {}

  private Session connect() {
    return connect(builder -> {});
  }

  private Session connect(Consumer<SessionBuilder> customizer) {
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
  void quiesceAndClose() throws Exception {
    HOOK.set(null);
    proxies.clearRules();
    try {
      if (session != null) {
        assertQuiet();
        session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
        for (CompletableFuture<?> request : requests) {
          assertThat(request).as("a request completes, at the latest with the session").isDone();
        }
        await()
            .atMost(Duration.ofSeconds(5))
            .untilAsserted(
                () -> assertThat(openThroughProxies()).as("sockets left after close").isZero());
      }
    } finally {
      REGISTERED.clear();
      for (FaultProxy proxy : proxies.proxies()) {
        proxy.counters().reset();
      }
    }
  }

  /**
   * Waits for the session to be quiet (every node up with its pool open) and checks it: nothing in
   * flight on any connection, nothing queued, and the sockets through the proxies exactly the pools
   * plus one control connection.
   */
  private void assertQuiet() {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              long pools = 0;
              for (Node node : session.metadata().nodes()) {
                assertThat(node.state()).as("%s", node.address()).isEqualTo(NodeState.UP);
                assertThat(node.openConnections()).as("pool of %s", node.address()).isPositive();
                assertThat(node.inFlight()).as("in flight on %s", node.address()).isZero();
                pools += node.openConnections();
              }
              assertThat(session.metrics().inFlight()).as("requests running").isZero();
              assertThat(session.metrics().queued()).as("requests queued").isZero();
              assertThat(openThroughProxies())
                  .as("sockets through the proxies: the pools plus one control connection")
                  .isEqualTo(pools + 1);
              assertThat(REGISTERED.stream().filter(ProxiedConnection::isOpen).count())
                  .as("open control connections")
                  .isOne();
            });
  }

  private static long openThroughProxies() {
    long open = 0;
    for (FaultProxy proxy : proxies.proxies()) {
      open += proxy.counters().connectionsOpen();
    }
    return open;
  }

  /** The session's control connection, as the proxies see it. */
  private static ProxiedConnection controlConnection() {
    List<ProxiedConnection> open = REGISTERED.stream().filter(ProxiedConnection::isOpen).toList();
    assertThat(open).as("open control connections").hasSize(1);
    return open.get(0);
  }

  /** The proxy that carries a connection. */
  private static FaultProxy proxyOf(ProxiedConnection connection) {
    for (FaultProxy proxy : proxies.proxies()) {
      if (proxy.connections().contains(connection)) {
        return proxy;
      }
    }
    throw new AssertionError("No proxy carries " + connection);
  }

  private <T> CompletableFuture<T> track(java.util.concurrent.CompletionStage<T> stage) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    requests.add(future);
    return future;
  }

  private Throwable failureOf(SimpleStatement statement, Duration deadline) {
    CompletableFuture<AsyncResultSet> result = track(session.executeAsync(statement));
    Throwable error =
        catchThrowable(() -> result.get(deadline.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS));
    if (error != null) {
      assertThat(error)
          .as("completed within the deadline")
          .isNotInstanceOf(java.util.concurrent.TimeoutException.class);
    }
    return error instanceof ExecutionException ? error.getCause() : error;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
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
    armOnce(update, at -> resetAnswer(at));

    Throwable error = failureOf(SimpleStatement.of(update), Duration.ofSeconds(5));

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(proxies.countForwarded(CLIENT_TO_SERVER, updates)).isOne();
    assertThat(proxies.proxiesThatForwarded(CLIENT_TO_SERVER, updates)).hasSize(1);
  }

  private static void resetAnswer(Armed at) {
    at.connection()
        .rule(
            SERVER_TO_CLIENT,
            FaultRule.reset().onFrames(FrameSelector.stream(at.frame().streamId())));
  }

  @Test
  void should_move_an_idempotent_statement_to_the_next_coordinator() {
    connect();
    String select = "SELECT n FROM hits WHERE k = 1";
    FrameSelector selects = FrameSelector.opcode(Opcode.QUERY).and(FrameSelector.query(select));
    armOnce(select, at -> resetAnswer(at));

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

  // --- a first attempt held back beyond the attempt timeout ------------------------------------

  /**
   * The first attempt of an idempotent QUORUM write is held back by its coordinator's proxy for
   * longer than the attempt timeout (or the speculative delay): the write succeeds on another
   * coordinator. Another client then writes the row again, and only after that does the held-back
   * attempt reach its node. It carries the request's one client timestamp (the proxies read it from
   * both attempts), so it changes nothing: the other client's value survives, and the column only
   * the first write set keeps that write's timestamp (an attempt stamped by the server when it
   * arrives would overwrite both).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"attempt timeout", "speculative execution"})
  void should_stamp_every_attempt_alike_so_that_a_late_first_attempt_cannot_win(String how) {
    boolean retry = how.equals("attempt timeout");
    Duration held = Duration.ofSeconds(3);
    connect(
        builder -> {
          builder.consistency(Consistency.QUORUM).requestTimeout(Duration.ofSeconds(5));
          if (retry) {
            builder.attemptTimeout(Duration.ofMillis(300));
          } else {
            builder.speculativeExecutionPolicy(new ConstantSpeculativeExecutionPolicy(2, 300));
          }
        });
    int k = retry ? 1 : 2;
    String first = "INSERT INTO stamps (k, v, w) VALUES (" + k + ", 'first', 'first')";
    FrameSelector firsts = FrameSelector.opcode(Opcode.QUERY).and(FrameSelector.query(first));
    AtomicReference<Armed> heldAt = new AtomicReference<>();
    armOnce(
        first,
        at -> {
          heldAt.set(at);
          at.connection()
              .rule(CLIENT_TO_SERVER, FaultRule.delay(held).onFrames(FrameSelector.query(first)));
        });

    long start = System.nanoTime();
    ResultSet written = session.execute(SimpleStatement.of(first).withIdempotent(true));
    Duration took = since(start);

    InetSocketAddress heldProxy = proxies.translate(heldAt.get().node());
    assertThat(written.executionInfo().coordinator())
        .as("acknowledged by another coordinator")
        .isNotEqualTo(heldProxy)
        .isIn(proxies.addresses());
    assertThat(took).as("without waiting for the held-back attempt").isLessThan(held);
    assertThat(retry ? session.metrics().retries() : session.metrics().speculativeExecutions())
        .isPositive();
    // Another client writes the row again while the first attempt is still held back.
    direct.execute("UPDATE proxied.stamps SET v = 'second' WHERE k = " + k);
    Row before = stamps(k);
    assertThat(proxies.countForwarded(CLIENT_TO_SERVER, firsts))
        .as("only the second attempt reached a node so far")
        .isOne();

    // The held-back attempt reaches its node; the driver frees its stream id on the answer.
    Node heldNode = session.metadata().node(heldProxy).orElseThrow();
    await()
        .atMost(held.plusSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(proxies.countForwarded(CLIENT_TO_SERVER, firsts)).isEqualTo(2);
              assertThat(heldNode.inFlight()).as("the late answer came").isZero();
            });
    Row after = stamps(k);

    assertThat(before.getString("v")).isEqualTo("second");
    assertThat(after.getString("v")).as("the later write survives").isEqualTo("second");
    assertThat(after.getLong("writetime(v)")).isEqualTo(before.getLong("writetime(v)"));
    assertThat(after.getString("w")).isEqualTo("first");
    assertThat(after.getLong("writetime(w)"))
        .as("the late attempt carried the acknowledged attempt's timestamp")
        .isEqualTo(before.getLong("writetime(w)"));
    assertThat(before.getLong("writetime(v)")).isGreaterThan(before.getLong("writetime(w)"));
    List<Long> sent = new ArrayList<>();
    for (FaultProxy proxy : proxies.proxies()) {
      for (Frame frame : proxy.counters().forwardedFrames(CLIENT_TO_SERVER)) {
        if (firsts.matches(frame)) {
          sent.add(frame.timestamp().orElseThrow());
        }
      }
    }
    assertThat(sent)
        .as("both attempts, as the proxies saw them, carry the written timestamp")
        .hasSize(2)
        .containsOnly(after.getLong("writetime(w)"));
  }

  private static Row stamps(int k) {
    return direct
        .execute("SELECT v, w, writetime(v), writetime(w) FROM proxied.stamps WHERE k = ?", k)
        .one();
  }

  // --- a blackholed control node -----------------------------------------------------------------

  @Test
  void should_start_on_the_next_contact_point_when_the_first_is_blackholed() {
    Duration connectTimeout = Duration.ofSeconds(1);
    FaultProxy blackholed = proxies.proxies().get(0);
    blackholed.rule(FaultRule.blackhole());

    long start = System.nanoTime();
    connect(
        builder ->
            builder
                .connectTimeout(connectTimeout)
                .addContactPoints(proxies.addresses().subList(1, 3)));
    Duration took = since(start);

    // One connect timeout on the control connection's first candidate, one for that node's pool.
    assertThat(took).isLessThan(connectTimeout.multipliedBy(2).plus(MARGIN));
    Node node = session.metadata().node(blackholed.address()).orElseThrow();
    assertThat(node.openConnections()).isZero();
    assertThat(proxyOf(controlConnection())).isNotSameAs(blackholed);
    for (int i = 0; i < 10; i++) {
      assertThat(failureOf(SimpleStatement.of("SELECT v FROM kv WHERE k = " + i), MARGIN)).isNull();
    }
    // The timed-out handshakes were closed: at most one reconnection attempt is open at a time.
    for (int i = 0; i < 10; i++) {
      assertThat(blackholed.counters().connectionsOpen()).isLessThanOrEqualTo(1);
      sleep(Duration.ofMillis(150));
    }

    blackholed.clearRules();
    assertQuiet();
    assertThat(blackholed.counters().connectionsOpen())
        .as("the blackholed node carries its pool only")
        .isEqualTo(node.openConnections());
  }

  @Test
  void should_complete_ddl_when_the_control_connection_is_blackholed_meanwhile() throws Exception {
    Duration connectTimeout = Duration.ofSeconds(1);
    Duration agreementTimeout = Duration.ofSeconds(10);
    connect(
        builder ->
            builder
                .connectTimeout(connectTimeout)
                .schemaAgreementTimeout(agreementTimeout)
                .requestTimeout(Duration.ofSeconds(5)));
    assertQuiet();
    ProxiedConnection control = controlConnection();
    FaultProxy controlProxy = proxyOf(control);
    control.rule(CLIENT_TO_SERVER, FaultRule.blackhole());
    control.rule(SERVER_TO_CLIENT, FaultRule.blackhole());

    long start = System.nanoTime();
    CompletableFuture<AsyncResultSet> ddl =
        track(session.executeAsync("CREATE TABLE ddl_blackholed (k int PRIMARY KEY, v int)"));
    AsyncResultSet result =
        ddl.get(
            Duration.ofSeconds(5).plus(agreementTimeout).plus(MARGIN).toMillis(),
            TimeUnit.MILLISECONDS);
    Duration took = since(start);

    // The agreement read timed out on the blackholed connection, which was closed; the check went
    // on over the new control connection.
    assertThat(result.executionInfo().schemaInAgreement()).isTrue();
    assertThat(took).isLessThan(agreementTimeout);
    assertThat(control.isOpen()).as("the blackholed control connection").isFalse();
    ProxiedConnection moved = controlConnection();
    assertThat(moved).isNotSameAs(control);
    LOG.info(
        "DDL took {} ms; control connection moved from {} to {}",
        took.toMillis(),
        controlProxy,
        proxyOf(moved));
    // Every node has the table.
    PreparedStatement insert = session.prepare("INSERT INTO ddl_blackholed (k, v) VALUES (?, ?)");
    for (int k = 0; k < 12; k++) {
      session.execute(insert.bind(k, k).withConsistency(Consistency.ALL));
    }
    assertThat(session.metadata().keyspace("proxied").orElseThrow().table("ddl_blackholed"))
        .as("the schema metadata was refreshed")
        .isPresent();
  }

  // --- a slow node under the throttle ------------------------------------------------------------

  /**
   * One node answers 200 ms late while 2,000 requests are submitted at once to a throttle of 8
   * running and 500 queued: requests beyond the queue fail at once, the queue never exceeds its
   * bound and drains, every request completes within its deadline, and completions never nest (the
   * stack stays as deep as it was for the first).
   */
  @Test
  void should_drain_the_throttle_and_complete_every_request_when_a_node_is_slow() {
    int maxConcurrent = 8;
    int maxQueued = 500;
    Duration timeout = Duration.ofSeconds(4);
    connect(builder -> builder.throttle(maxConcurrent, maxQueued).requestTimeout(timeout));
    PreparedStatement select = session.prepare("SELECT v FROM kv WHERE k = ?");
    FaultProxy slow = proxies.proxies().get(2);
    slow.rule(SERVER_TO_CLIENT, FaultRule.delay(Duration.ofMillis(200)));
    AtomicInteger deepest = new AtomicInteger();
    AtomicReference<String> deepestThread = new AtomicReference<>();
    AtomicInteger shallowest = new AtomicInteger(Integer.MAX_VALUE);
    int maxSeenQueued = 0;
    int rejectedAtOnce = 0;
    List<CompletableFuture<AsyncResultSet>> results = new ArrayList<>();
    List<Long> lateness = new CopyOnWriteArrayList<>();

    long start = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      long submitted = System.nanoTime();
      CompletableFuture<AsyncResultSet> result =
          track(session.executeAsync(select.bind(i % 50).withIdempotent(true)));
      result.whenComplete(
          (rows, error) -> {
            int depth = Thread.currentThread().getStackTrace().length;
            if (deepest.getAndAccumulate(depth, Math::max) < depth) {
              deepestThread.set(Thread.currentThread().getName());
            }
            shallowest.accumulateAndGet(depth, Math::min);
            long over = System.nanoTime() - submitted - timeout.toNanos();
            if (over > 0) {
              lateness.add(over);
            }
          });
      if (result.isCompletedExceptionally()) {
        rejectedAtOnce++;
      }
      maxSeenQueued = Math.max(maxSeenQueued, session.metrics().queued());
      results.add(result);
    }

    int ok = 0;
    int timedOut = 0;
    int throttled = 0;
    for (CompletableFuture<AsyncResultSet> result : results) {
      Throwable error =
          catchThrowable(() -> result.get(timeout.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS));
      Throwable cause = error instanceof ExecutionException ? error.getCause() : error;
      if (cause == null) {
        ok++;
      } else if (cause instanceof RequestThrottlingException) {
        throttled++;
      } else if (cause instanceof DriverTimeoutException) {
        timedOut++;
      } else {
        throw new AssertionError("unexpected outcome", error);
      }
    }
    LOG.info(
        "throttle under a slow node: {} ok, {} throttled ({} at once), {} timed out in {} ms;"
            + " queue peak {}, stack depth {}..{} (deepest on {})",
        ok,
        throttled,
        rejectedAtOnce,
        timedOut,
        since(start).toMillis(),
        maxSeenQueued,
        shallowest.get(),
        deepest.get(),
        deepestThread.get());

    assertThat(maxSeenQueued).isLessThanOrEqualTo(maxQueued);
    assertThat(throttled).as("beyond the queue, refused").isPositive().isEqualTo(rejectedAtOnce);
    assertThat(ok).isGreaterThanOrEqualTo(maxConcurrent + maxQueued - timedOut);
    assertThat(lateness)
        .as("completions later than the deadline + margin")
        .allMatch(over -> over < MARGIN.toNanos());
    // The deepest completion ran on the test's own thread (a refusal, completed at once, under
    // JUnit's frames); nested completions would add frames for every queued request they drain.
    assertThat(deepest.get()).as("stack depth of the deepest completion").isLessThan(250);
    assertThat(session.metrics().throttled()).isEqualTo(throttled);
    slow.clearRules();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(session.metrics().queued()).isZero());
  }

  /**
   * Every node half-open while 1,000 requests are submitted to a throttle of 8 running and 500
   * queued, with a long request timeout: 8 get stuck on the nodes, 500 wait, the rest are refused.
   * Closing the session then completes every future at once (with a typed error) and closes every
   * socket.
   */
  @Test
  void should_complete_every_queued_request_when_the_session_closes_while_the_nodes_are_half_open()
      throws Exception {
    connect(builder -> builder.throttle(8, 500).requestTimeout(Duration.ofSeconds(30)));
    PreparedStatement select = session.prepare("SELECT v FROM kv WHERE k = ?");
    proxies.rule(CLIENT_TO_SERVER, FaultRule.pause()).rule(SERVER_TO_CLIENT, FaultRule.pause());
    List<CompletableFuture<AsyncResultSet>> results = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      results.add(track(session.executeAsync(select.bind(i % 50).withIdempotent(true))));
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(session.metrics().queued()).isEqualTo(500));

    long start = System.nanoTime();
    session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Duration took = since(start);

    assertThat(took).isLessThan(Duration.ofSeconds(5));
    int failed = 0;
    for (CompletableFuture<AsyncResultSet> result : results) {
      assertThat(result).as("completed by the close").isDone();
      Throwable error = catchThrowable(result::join);
      if (error != null) {
        assertThat(error.getCause()).isInstanceOf(io.sibyl.driver.DriverException.class);
        failed++;
      }
    }
    assertThat(failed).as("no answer came: every request failed").isEqualTo(results.size());
    proxies.clearRules();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(openThroughProxies()).as("sockets left after close").isZero());
    session = null; // closed and checked
    requests.clear();
  }

  // --- acknowledged writes under random faults ---------------------------------------------------

  /**
   * 2,048 idempotent QUORUM writes (8 writers, 4 keys each, one write per key at a time) in 8
   * phases of 8 rounds, while one node's proxy goes through seeded random faults: delays with
   * jitter both ways (beyond the attempt timeout, so that attempts arrive late, after later
   * writes), resets of every connection, half-open pauses. After each phase the faults stop, every
   * late attempt is let through and answered, and each key is read at QUORUM: it holds its last
   * acknowledged value, or the value of a later write that failed on the client (its outcome is
   * unknown: it may have been applied), never an older one.
   */
  @Test
  void should_read_back_every_acknowledged_quorum_write_under_random_faults_on_one_node()
      throws Exception {
    Duration timeout = Duration.ofSeconds(1);
    connect(
        builder ->
            builder
                .consistency(Consistency.QUORUM)
                .requestTimeout(timeout)
                .attemptTimeout(Duration.ofMillis(400))
                .heartbeatInterval(Duration.ofMillis(500)));
    PreparedStatement insert = session.prepare("INSERT INTO acked (k, v) VALUES (?, ?)");
    FaultProxy faulty = proxies.proxies().get(1);
    long acceptedBefore = faulty.counters().connectionsAccepted();
    int writers = 8;
    int keysPerWriter = 4;
    int phases = 8;
    int roundsPerPhase = 8;
    AckedWrites acked = new AckedWrites(writers * keysPerWriter);
    AtomicReference<Duration> slowest = new AtomicReference<>(Duration.ZERO);
    int injected = 0;

    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      for (int phase = 0; phase < phases; phase++) {
        int firstRound = phase * roundsPerPhase;
        CompletableFuture<Void> writing = new CompletableFuture<>();
        long seed = 20_241_206L + phase;
        Future<Integer> faults = pool.submit(() -> RandomFaults.inject(faulty, seed, writing));
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int writer = w;
          writes.add(
              pool.submit(
                  () -> {
                    for (int round = firstRound; round < firstRound + roundsPerPhase; round++) {
                      for (int i = 0; i < keysPerWriter; i++) {
                        int k = writer * keysPerWriter + i;
                        int value = round;
                        long start = System.nanoTime();
                        Throwable error =
                            catchThrowable(
                                () -> session.execute(insert.bind(k, value).withIdempotent(true)));
                        Duration took = since(start);
                        slowest.accumulateAndGet(took, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        if (error != null) {
                          assertThat(error).isInstanceOf(io.sibyl.driver.DriverException.class);
                        }
                        acked.record(k, value, error == null);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> write : writes) {
          write.get(1, TimeUnit.MINUTES);
        }
        writing.complete(null);
        injected += faults.get(10, TimeUnit.SECONDS);
        faulty.clearRules();
        // Late attempts reach their nodes and are answered: nothing is in flight any more.
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () -> {
                  for (Node node : session.metadata().nodes()) {
                    assertThat(node.inFlight()).as("in flight on %s", node.address()).isZero();
                  }
                });
        acked.check(direct, "proxied.acked", phase);
      }
    } finally {
      pool.shutdownNow();
    }
    LOG.info(
        "{} writes, {} failed on the client, {} faults injected, slowest {} ms, {} retries",
        writers * keysPerWriter * phases * roundsPerPhase,
        acked.failures(),
        injected,
        slowest.get().toMillis(),
        session.metrics().retries());

    assertThat(slowest.get()).isLessThan(timeout.plus(MARGIN));
    assertThat(session.metrics().retries()).as("attempts moved off the faulty node").isPositive();
    assertThat(faulty.counters().connectionsAccepted())
        .as("the faulty node's connections were reset and reopened")
        .isGreaterThan(acceptedBefore);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
