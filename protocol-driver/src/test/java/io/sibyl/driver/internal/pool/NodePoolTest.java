package io.sibyl.driver.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.FakeNodes;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.SetKeyspaceResult;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NodePoolTest {
  private static final InetSocketAddress ADDRESS = new InetSocketAddress("127.0.0.1", 9042);

  private final EventLoopGroup scheduler = new DefaultEventLoopGroup(1);
  private final FakeNodes nodes = new FakeNodes();
  private final AtomicReference<String> keyspace = new AtomicReference<>();
  // The keyspace each fake connection switched to, by USE statements received.
  private final Map<String, Integer> uses = new ConcurrentHashMap<>();
  private NodePool pool;

  NodePoolTest() {
    nodes.node(
        ADDRESS,
        (node, request) -> {
          if (request instanceof Query query && query.query().startsWith("USE ")) {
            String name = query.query().substring(4).replace("\"", "");
            uses.merge(name, 1, Integer::sum);
            return new SetKeyspaceResult(name);
          }
          return VoidResult.INSTANCE;
        });
  }

  @AfterEach
  void tearDown() {
    if (pool != null) {
      pool.close().join();
    }
    nodes.close();
    scheduler.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private NodePool pool(int size) {
    pool =
        new NodePool(
            new DefaultNode(ADDRESS),
            nodes.opener(),
            ProtocolVersion.V5,
            size,
            keyspace::get,
            scheduler,
            new ConstantReconnectionPolicy(Duration.ofMillis(50)),
            new NodeStateListener() {});
    return pool;
  }

  @Test
  void should_switch_every_open_connection_before_use_keyspace_completes() {
    keyspace.set("ks1");
    pool(3).init(null).join();
    assertThat(uses).containsEntry("ks1", 3);

    keyspace.set("ks2");
    pool.useKeyspace("ks2", Duration.ofSeconds(5)).join();

    assertThat(uses).containsEntry("ks2", 3);
  }

  @Test
  void should_switch_a_connection_that_was_opening_when_the_keyspace_changed() {
    keyspace.set("ks1");
    CompletableFuture<Void> gate = new CompletableFuture<>();
    nodes.gate(ADDRESS, gate);
    CompletableFuture<Void> init = pool(1).init(null);

    keyspace.set("ks2"); // a USE completed meanwhile: no connection was open to switch
    pool.useKeyspace("ks2", Duration.ofSeconds(5)).join();
    gate.complete(null);
    init.join();

    assertThat(uses).containsEntry("ks1", 1).containsEntry("ks2", 1);
    assertThat(pool.next().keyspace()).isEqualTo("ks2");
  }

  @Test
  void should_close_connections_still_opening_before_close_completes() {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    nodes.gate(ADDRESS, gate);
    pool(2).init(null);
    waitForOpened(2);

    CompletableFuture<Void> closed = pool.close();

    assertThat(closed).as("close waits for the connections still opening").isNotDone();
    gate.complete(null);
    closed.join();
    assertThat(nodes.openConnections()).isZero();
    assertThat(pool.openConnections()).isZero();
  }

  @Test
  void should_mark_a_blackholed_node_down_by_heartbeats_and_use_it_again_once_it_answers() {
    nodes.heartbeat(Duration.ofMillis(200));
    java.util.concurrent.atomic.AtomicInteger downs =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger ups = new java.util.concurrent.atomic.AtomicInteger();
    DefaultNode node = new DefaultNode(ADDRESS);
    pool =
        new NodePool(
            node,
            nodes.opener(),
            ProtocolVersion.V5,
            2,
            keyspace::get,
            scheduler,
            new ConstantReconnectionPolicy(Duration.ofMillis(100)),
            new NodeStateListener() {
              @Override
              public void onUp(io.sibyl.driver.metadata.Node n) {
                ups.incrementAndGet();
              }

              @Override
              public void onDown(io.sibyl.driver.metadata.Node n) {
                downs.incrementAndGet();
              }
            });
    pool.init(null).join();
    assertThat(node.state()).isEqualTo(io.sibyl.driver.metadata.NodeState.UP);

    nodes.mode(ADDRESS, FakeNodes.Mode.BLACKHOLE);
    io.sibyl.driver.internal.testing.Eventually.within(
        Duration.ofSeconds(3),
        () -> {
          assertThat(node.state()).isEqualTo(io.sibyl.driver.metadata.NodeState.DOWN);
          assertThat(pool.openConnections()).isZero();
        });
    assertThat(downs).hasValue(1);
    assertThat(pool.next()).isNull();

    nodes.mode(ADDRESS, FakeNodes.Mode.ANSWER);
    io.sibyl.driver.internal.testing.Eventually.within(
        Duration.ofSeconds(3),
        () -> {
          assertThat(node.state()).isEqualTo(io.sibyl.driver.metadata.NodeState.UP);
          assertThat(pool.openConnections()).isEqualTo(2);
        });
    assertThat(ups).hasValue(2);
    assertThat(pool.next()).isNotNull();
  }

  private void waitForOpened(int count) {
    io.sibyl.driver.internal.testing.Eventually.within(
        Duration.ofSeconds(5),
        () -> assertThat(nodes.openedConnections()).isGreaterThanOrEqualTo(count));
  }
}
