package io.sibyl.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.AddressTranslator;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.TestRows;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.FakeNodes.Mode;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.testing.Eventually;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusterMonitorTest {
  private final EventLoopGroup scheduler = new DefaultEventLoopGroup(1);
  private FakeCluster cluster;
  private FakeOwner owner;
  private ClusterMonitor monitor;

  @AfterEach
  void tearDown() {
    if (owner != null) {
      owner.closed = true;
    }
    if (monitor != null) {
      monitor.close();
    }
    if (cluster != null) {
      cluster.close();
    }
    scheduler.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private ClusterMonitor monitor(Consumer<SessionBuilder> settings) {
    owner =
        new FakeOwner(
            TestRows.config(
                builder -> {
                  builder
                      .connectTimeout(Duration.ofSeconds(1))
                      .reconnectionPolicy(new ConstantReconnectionPolicy(Duration.ofMillis(50)));
                  settings.accept(builder);
                }));
    monitor = new ClusterMonitor(owner, cluster.nodes.opener(), TestRows.decoder(), scheduler);
    return monitor;
  }

  /** The outcome of {@code future}; fails the test (rather than hang it) after 15 s. */
  private static <T> T within(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(15, TimeUnit.SECONDS);
  }

  private InetSocketAddress dial(int n) {
    return cluster.member(n).dial;
  }

  @Test
  void should_translate_peer_addresses_but_not_the_contact_point() throws Exception {
    cluster = new FakeCluster(3, 19042);
    AtomicInteger calls = new AtomicInteger();
    AddressTranslator toDialPort =
        address -> {
          calls.incrementAndGet();
          return new InetSocketAddress(address.getAddress(), 19042);
        };
    monitor(builder -> builder.addressTranslator(toDialPort));

    within(monitor.init(List.of(dial(1)), null));

    assertThat(monitor.nodes())
        .extracting(DefaultNode::address)
        .containsExactlyInAnyOrder(dial(1), dial(2), dial(3));
    assertThat(calls).as("one call per peer, none for the contact point").hasValue(2);
  }

  @Test
  void should_find_a_node_by_the_address_it_advertises_in_events() throws Exception {
    Topology topology = new Topology();
    InetSocketAddress advertised = new InetSocketAddress("10.0.0.2", 9042);
    InetSocketAddress dialled = new InetSocketAddress("127.0.0.2", 19042);
    topology.apply(
        List.of(
            new NodeInfo(
                dialled,
                advertised,
                new UUID(0, 2),
                "dc1",
                "r1",
                "5.0.6",
                java.util.Set.of(),
                null)));

    assertThat(topology.byEventAddress(advertised, advertised)).isNotNull();
    assertThat(topology.byEventAddress(new InetSocketAddress("10.0.0.9", 9042), dialled))
        .isNotNull();
    assertThat(
            topology.byEventAddress(
                new InetSocketAddress("10.0.0.9", 9042), new InetSocketAddress("10.0.0.9", 9042)))
        .isNull();
  }

  @Test
  void should_fail_over_at_start_when_a_contact_point_stops_answering_control_queries()
      throws Exception {
    cluster = new FakeCluster(3);
    cluster.nodes.mode(dial(1), Mode.SILENT);
    monitor(builder -> {});

    Connection control = within(monitor.init(List.of(dial(1), dial(2)), null));

    assertThat(control.address()).isEqualTo(dial(2));
    Eventually.within(
        Duration.ofSeconds(2), () -> assertThat(cluster.nodes.openConnections(dial(1))).isZero());
    assertThat(monitor.nodes()).hasSize(3);
  }

  @Test
  void should_fail_start_in_bounded_time_when_no_contact_point_answers() throws Exception {
    cluster = new FakeCluster(2);
    cluster.nodes.mode(dial(1), Mode.SILENT);
    cluster.nodes.mode(dial(2), Mode.SILENT);
    monitor(builder -> {});
    long start = System.nanoTime();

    assertThatThrownBy(() -> within(monitor.init(List.of(dial(1), dial(2)), null)))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(AllNodesFailedException.class)
        .hasMessageContaining(dial(1).toString())
        .hasMessageContaining("did not answer within 1000 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    // Closing a channel completes on its event loop, just after the failure is reported.
    Eventually.within(
        Duration.ofSeconds(2), () -> assertThat(cluster.nodes.openConnections()).isZero());
  }

  @Test
  void should_fail_over_when_the_control_node_goes_silent_during_schema_agreement()
      throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofSeconds(20)));
    within(monitor.init(List.of(dial(1)), null));
    cluster.nodes.mode(dial(1), Mode.SILENT);
    long start = System.nanoTime();

    boolean agreed = within(monitor.awaitSchemaAgreement());

    assertThat(agreed).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    assertThat(monitor.controlConnection().address()).isNotEqualTo(dial(1));
  }

  @Test
  void should_close_a_new_control_connection_whose_first_refresh_fails() throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> {});
    within(monitor.init(List.of(dial(1)), null));
    cluster.member(2).failQueries = true;
    cluster.member(3).failQueries = true;

    cluster.nodes.kill(dial(1));

    // Several failover rounds run (50 ms apart); none may leave its connection open.
    Eventually.within(
        Duration.ofSeconds(5),
        () -> assertThat(cluster.nodes.openedConnections()).isGreaterThan(8));
    // At most the attempt under way is open; once the loop stops, none is.
    assertThat(cluster.nodes.openConnections()).isLessThanOrEqualTo(1);
    owner.closed = true;
    Eventually.within(
        Duration.ofSeconds(2), () -> assertThat(cluster.nodes.openConnections()).isZero());
  }

  @Test
  void should_not_agree_while_a_peer_not_yet_mapped_has_another_schema_version() throws Exception {
    cluster = new FakeCluster(3);
    cluster.member(3).listedAsPeer = false;
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofMillis(800)));
    within(monitor.init(List.of(dial(1)), null));
    assertThat(monitor.nodes()).hasSize(2);
    cluster.member(3).listedAsPeer = true;
    cluster.member(3).schemaVersion = new UUID(2, 2);

    assertThat(within(monitor.awaitSchemaAgreement())).isFalse();
  }

  @Test
  void should_not_agree_while_a_peer_has_no_schema_version() throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofMillis(800)));
    within(monitor.init(List.of(dial(1)), null));
    cluster.member(2).schemaVersion = null;

    assertThat(within(monitor.awaitSchemaAgreement())).isFalse();
  }

  @Test
  void should_not_agree_on_the_old_version_while_only_the_coordinator_has_the_change()
      throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofMillis(800)));
    within(monitor.init(List.of(dial(1)), null));
    NodePool pool = poolTo(dial(2));
    // Node 2 ran a DDL: it has the new version; node 1, node 3 and the gossip about node 2 that
    // node 1 relays still show the old one.
    cluster.member(2).schemaVersion = new UUID(2, 2);
    cluster.member(2).gossiped = FakeCluster.V1;

    try {
      assertThat(within(monitor.awaitSchemaAgreement(dial(2)))).isFalse();
    } finally {
      pool.close().join();
    }
  }

  @Test
  void should_agree_once_every_node_has_the_coordinators_version() throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofSeconds(10)));
    within(monitor.init(List.of(dial(1)), null));
    NodePool pool = poolTo(dial(2));
    UUID v2 = new UUID(2, 2);
    cluster.member(2).schemaVersion = v2;
    cluster.member(2).gossiped = FakeCluster.V1;
    scheduler.schedule(
        () -> {
          cluster.member(1).schemaVersion = v2;
          cluster.member(3).schemaVersion = v2;
          cluster.member(2).gossiped = null;
        },
        500,
        TimeUnit.MILLISECONDS);

    try {
      assertThat(within(monitor.awaitSchemaAgreement(dial(2)))).isTrue();
    } finally {
      pool.close().join();
    }
  }

  /** Opens a one-connection pool to a node, as the session would (the monitor reads through it). */
  private NodePool poolTo(InetSocketAddress address) throws Exception {
    DefaultNode node =
        monitor.nodes().stream().filter(n -> n.address().equals(address)).findFirst().orElseThrow();
    NodePool pool =
        new NodePool(
            node,
            cluster.nodes.opener(),
            io.sibyl.driver.ProtocolVersion.V5,
            1,
            () -> null,
            scheduler,
            new ConstantReconnectionPolicy(Duration.ofMillis(50)),
            new io.sibyl.driver.metadata.NodeStateListener() {});
    within(pool.init(null));
    return pool;
  }

  @Test
  void should_agree_once_every_peer_reports_the_same_version() throws Exception {
    cluster = new FakeCluster(3);
    monitor(builder -> builder.schemaAgreementTimeout(Duration.ofSeconds(10)));
    within(monitor.init(List.of(dial(1)), null));
    cluster.member(3).schemaVersion = new UUID(2, 2);
    scheduler.schedule(
        () -> cluster.member(3).schemaVersion = FakeCluster.V1, 500, TimeUnit.MILLISECONDS);

    assertThat(within(monitor.awaitSchemaAgreement())).isTrue();
  }
}
