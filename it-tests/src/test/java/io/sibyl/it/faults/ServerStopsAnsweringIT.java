package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node that stops answering: requests fail with {@link DriverTimeoutException} once their timeout
 * passes, their stream ids stay reserved until the late answer comes (or the connection is closed,
 * when too many pile up), an idempotent request moves on after the attempt timeout, an unanswered
 * heartbeat closes the connection, and in every case the node serves requests again afterwards.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServerStopsAnsweringIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.stops_answering WHERE k = 1";

  private final AtomicInteger downEvents = new AtomicInteger();
  private Session session;

  private Session connect(Consumer<SessionBuilder> customizer) {
    SessionBuilder builder =
        SIMULACRON
            .sessionBuilder()
            .addNodeStateListener(
                new NodeStateListener() {
                  @Override
                  public void onDown(Node node) {
                    downEvents.incrementAndGet();
                  }
                });
    customizer.accept(builder);
    session = builder.build();
    return session;
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void should_time_out_and_free_the_stream_id_when_the_late_answer_comes() {
    connect(builder -> builder.requestTimeout(Duration.ofMillis(500)));
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 1).delayedBy(Duration.ofSeconds(2)));
    Node node = node(0);

    long start = System.nanoTime();
    Throwable error = catchThrowable(() -> session.execute(QUERY));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(error)
        .isInstanceOf(DriverTimeoutException.class)
        .hasMessageContaining("500 ms")
        .hasMessageContaining(QUERY)
        .hasMessageContaining("raise SessionBuilder.requestTimeout (sibyl.request-timeout)");
    assertThat(elapsed).isBetween(Duration.ofMillis(450), Duration.ofMillis(1800));
    assertThat(node.inFlight()).as("the abandoned request keeps its stream id").isEqualTo(1);
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(node.inFlight()).isZero());
    assertThat(node.openConnections()).as("one late answer does not close the connection").isOne();
    assertServesAgain(0);
  }

  @Test
  void should_fail_a_sync_call_with_the_interrupt_flag_set_when_its_waiting_thread_is_interrupted()
      throws Exception {
    connect(builder -> {});
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 1).delayedBy(Duration.ofSeconds(3)));
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    CompletableFuture<Boolean> flag = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              error.complete(catchThrowable(() -> session.execute(QUERY)));
              flag.complete(Thread.currentThread().isInterrupted());
            },
            "sync-caller");
    caller.start();
    // Parked in the request handler, waiting for the delayed answer.
    await().atMost(Duration.ofSeconds(5)).until(() -> caller.getState() == Thread.State.WAITING);

    caller.interrupt();

    assertThat(error.get(5, TimeUnit.SECONDS))
        .isInstanceOf(DriverException.class)
        .hasMessage("Interrupted while waiting for a response")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(flag.get(5, TimeUnit.SECONDS)).as("interrupt flag restored").isTrue();
  }

  @Test
  void should_apply_the_statement_timeout_over_the_session_one() {
    connect(builder -> {});
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 1).delayedBy(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    Throwable error =
        catchThrowable(
            () -> session.execute(SimpleStatement.of(QUERY).withTimeout(Duration.ofMillis(300))));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(error).isInstanceOf(DriverTimeoutException.class);
    assertThat(elapsed).isBetween(Duration.ofMillis(250), Duration.ofMillis(2000));
  }

  @Test
  void should_move_an_idempotent_request_to_the_next_node_after_the_attempt_timeout() {
    connect(builder -> builder.attemptTimeout(Duration.ofMillis(300)));
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 0).delayedBy(Duration.ofSeconds(3)));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    long start = System.nanoTime();
    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(true));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(rows.one().getInt("v")).isOne();
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(elapsed).isBetween(Duration.ofMillis(250), Duration.ofMillis(2500));
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
  }

  @Test
  void should_not_move_a_non_idempotent_request_after_the_attempt_timeout() {
    connect(builder -> builder.attemptTimeout(Duration.ofMillis(300)));
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 0).delayedBy(Duration.ofSeconds(3)));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    Throwable error =
        catchThrowable(
            () -> session.execute(SimpleStatement.of(QUERY).withTimeout(Duration.ofSeconds(1))));

    assertThat(error).isInstanceOf(DriverTimeoutException.class);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_close_a_connection_whose_timed_out_requests_pile_up_and_reconnect() {
    // 64 stream ids allow 16 abandoned ones; the 17th closes the connection.
    connect(builder -> builder.maxRequestsPerConnection(64).requestTimeout(Duration.ofMillis(300)));
    SIMULACRON.prime(
        0, SimulacronPrime.rows(QUERY, "v", "int", 1).delayedBy(Duration.ofSeconds(20)));
    Node node = node(0);

    List<CompletableFuture<AsyncResultSet>> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(session.executeAsync(QUERY).toCompletableFuture());
    }
    for (CompletableFuture<AsyncResultSet> request : requests) {
      Throwable error = catchThrowable(request::join);
      assertThat(error).isInstanceOf(CompletionException.class);
      assertThat(error.getCause())
          .isInstanceOfAny(DriverTimeoutException.class, ConnectionException.class);
    }

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(downEvents).as("the connection was closed").hasPositiveValue();
              assertThat(node.state()).isEqualTo(NodeState.UP);
              assertThat(node.openConnections()).isOne();
              assertThat(node.inFlight()).as("a new connection, no stream id held").isZero();
            });
    assertServesAgain(0);
  }

  @Test
  void should_close_a_connection_whose_heartbeat_goes_unanswered_and_reconnect() {
    connect(builder -> builder.heartbeatInterval(Duration.ofMillis(300)));
    Node node = node(0);

    SIMULACRON.pauseReads(0);
    try {
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(node.openConnections()).isZero());
      assertThat(downEvents).hasPositiveValue();
    } finally {
      SIMULACRON.resumeReads(0);
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(node.state()).isEqualTo(NodeState.UP);
              assertThat(node.openConnections()).isOne();
            });
    assertServesAgain(0);
  }

  private Node node(int index) {
    return session.metadata().node(SIMULACRON.node(index)).orElseThrow();
  }

  /** With the primes gone, node {@code index} answers a request again. */
  private void assertServesAgain(int index) {
    SIMULACRON.clearPrimes();
    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withTimeout(Duration.ofSeconds(5)));
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(index));
  }
}
