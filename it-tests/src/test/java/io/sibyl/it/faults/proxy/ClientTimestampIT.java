package io.sibyl.it.faults.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.TimestampGenerator;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.testsupport.proxy.FaultProxy;
import io.sibyl.testsupport.proxy.FaultRule;
import io.sibyl.testsupport.proxy.FrameSelector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lost update that client-side timestamps prevent: a DELETE times out on the client but reaches
 * the node later, after the application has written the row again. With a client timestamp, drawn
 * when the DELETE was issued, the late DELETE loses against the newer write; with server-side
 * timestamps it wins and deletes the newer value. A {@link FaultProxy} holds the DELETE back.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientTimestampIT extends SessionITBase {
  private static final String DELETE = "DELETE FROM lost_update WHERE k = 1";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration HELD_BACK = Duration.ofSeconds(3);

  private FaultProxy proxy;
  private Session proxied;
  private Session direct;

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE IF NOT EXISTS lost_update (k int PRIMARY KEY, v text)");
  }

  /**
   * Quiet after the scenario: nothing in flight and the sockets through the proxy the pool's plus
   * one control connection; closing the session closes them all.
   */
  @AfterEach
  void close() {
    if (proxied != null) {
      proxy.clearRules();
      Node node = proxied.metadata().node(proxy.address()).orElseThrow();
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                assertThat(node.inFlight()).as("in flight").isZero();
                assertThat(proxy.counters().connectionsOpen())
                    .as("sockets through the proxy: the pool plus one control connection")
                    .isEqualTo(node.openConnections() + 1L);
              });
      proxied.close();
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(proxy.counters().connectionsOpen())
                      .as("sockets left open after the session closed")
                      .isZero());
    }
    if (direct != null) {
      direct.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void should_keep_the_newer_write_when_a_timed_out_delete_arrives_late() {
    String value = runLateDelete(TimestampGenerator.monotonic());

    assertThat(value).isEqualTo("new");
  }

  @Test
  void should_lose_the_newer_write_with_server_side_timestamps() {
    // The same scenario without client timestamps: the node stamps the DELETE when it finally
    // arrives, after the newer write, and the DELETE wins. This is what the default prevents.
    String value = runLateDelete(TimestampGenerator.server());

    assertThat(value).isNull();
  }

  /** Runs the scenario with both sessions on {@code timestamps}; returns the row's final value. */
  private String runLateDelete(TimestampGenerator timestamps) {
    direct = newSession(builder -> builder.keyspace(keyspace).timestampGenerator(timestamps));
    direct.execute("INSERT INTO lost_update (k, v) VALUES (1, 'old')");
    proxy = FaultProxy.start(cluster.contactPoints().get(0));
    proxied = connectThroughProxy(timestamps);
    proxy.rule(
        CLIENT_TO_SERVER,
        FaultRule.delay(HELD_BACK).onFrames(FrameSelector.queryContaining("DELETE FROM")));

    Throwable deleteError = catchThrowable(() -> proxied.execute(DELETE));
    assertThat(deleteError).isInstanceOf(DriverTimeoutException.class);
    // The application writes the row again, after the DELETE failed on its side.
    direct.execute("INSERT INTO lost_update (k, v) VALUES (1, 'new')");

    // The held-back DELETE reaches the node, which applies it.
    await()
        .atMost(HELD_BACK.plusSeconds(5))
        .until(
            () ->
                proxy
                        .counters()
                        .countForwarded(CLIENT_TO_SERVER, FrameSelector.queryContaining(DELETE))
                    == 1);
    // The node applies it within moments of receiving it; the read must come after that.
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }

    Row row = direct.execute("SELECT v FROM lost_update WHERE k = 1").one();
    return row == null ? null : row.getString("v");
  }

  private Session connectThroughProxy(TimestampGenerator timestamps) {
    SessionBuilder builder =
        Session.builder()
            .addContactPoint(proxy.address())
            .localDatacenter(cluster.localDatacenter())
            .keyspace(keyspace)
            .requestTimeout(REQUEST_TIMEOUT)
            .timestampGenerator(timestamps);
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    return builder.build();
  }
}
