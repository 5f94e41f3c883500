package io.sibyl.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.TokenMap;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.it.bulk.Event;
import io.sibyl.it.bulk.EventTable;
import io.sibyl.it.bulk.Event_;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.bulk.ScanOptions;
import io.sibyl.mapper.bulk.ScanResult;
import io.sibyl.mapper.query.QueryTable;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * A real three-node cluster on loopback: discovery from one contact point, token-aware routing, LWT
 * routing (primary replica first), table scans routed by token range, and a node stopped under a
 * load of QUORUM writes.
 */
@Tag("multi-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ThreeNodeClusterIT {
  private static EmbeddedCassandra cluster;
  private static Session session;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).start();
    // One contact point only: the other two nodes must be discovered.
    session =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .localDatacenter(cluster.localDatacenter())
            .requestTimeout(Duration.ofSeconds(10))
            .build();
    session.execute(
        "CREATE KEYSPACE rf1 WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    session.execute(
        "CREATE KEYSPACE rf3 WITH replication = {'class': 'NetworkTopologyStrategy',"
            + " 'datacenter1': 3}");
    session.execute("CREATE TABLE rf1.items (id int PRIMARY KEY, v text)");
    session.execute("CREATE TABLE rf3.writes (id int PRIMARY KEY, v int)");
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void should_discover_all_three_nodes_from_one_contact_point() {
    List<Node> nodes = new ArrayList<>(session.metadata().nodes());

    assertThat(nodes).hasSize(3);
    assertThat(nodes).allSatisfy(node -> assertThat(node.state()).isEqualTo(NodeState.UP));
    assertThat(nodes).allSatisfy(node -> assertThat(node.datacenter()).isEqualTo("datacenter1"));
    assertThat(nodes).allSatisfy(node -> assertThat(node.openConnections()).isPositive());
    Set<InetSocketAddress> addresses = new HashSet<>();
    nodes.forEach(node -> addresses.add(node.address()));
    assertThat(addresses).containsExactlyInAnyOrderElementsOf(cluster.contactPoints());
  }

  @Test
  @Order(2)
  void should_send_each_prepared_statement_to_the_replica_of_its_partition() {
    PreparedStatement insert = session.prepare("INSERT INTO rf1.items (id, v) VALUES (?, ?)");
    PreparedStatement token = session.prepare("SELECT token(id) FROM rf1.items WHERE id = ?");
    TokenMap ring = session.metadata().tokenMap().orElseThrow();
    Set<InetSocketAddress> coordinators = new HashSet<>();
    for (int id = 0; id < 60; id++) {
      BoundStatement bound = insert.bind(id, "v" + id);
      InetSocketAddress coordinator = session.execute(bound).executionInfo().coordinator();
      long serverToken = session.execute(token.bind(id)).one().getLong(0);

      // With one replica per partition, only the owner of the token may coordinate.
      assertThat(coordinator).isEqualTo(ownerOf(serverToken));
      assertThat(ring.replicas("rf1", bound.routingKey()))
          .extracting(Node::address)
          .containsExactly(coordinator);
      coordinators.add(coordinator);
    }
    assertThat(coordinators).as("the keys spread over the ring").hasSize(3);
  }

  @Test
  @Order(2)
  void should_send_every_lwt_on_a_partition_to_its_primary_replica_when_all_replicas_are_up() {
    PreparedStatement lwt =
        session.prepare(
            SimpleStatement.of("UPDATE rf3.writes SET v = ? WHERE id = ? IF EXISTS").withLwt(true));
    PreparedStatement token = session.prepare("SELECT token(id) FROM rf3.writes WHERE id = ?");
    TokenMap ring = session.metadata().tokenMap().orElseThrow();
    assertThat(lwt.isLwt()).isTrue();
    PreparedStatement insert = session.prepare("INSERT INTO rf3.writes (id, v) VALUES (?, 0)");
    Set<InetSocketAddress> primaries = new HashSet<>();
    for (int id = 0; id < 30; id++) {
      session.execute(insert.bind(id).withConsistency(Consistency.QUORUM));
      long serverToken =
          session.execute(token.bind(id).withConsistency(Consistency.QUORUM)).one().getLong(0);
      BoundStatement bound = lwt.bind(1, id);
      assertThat(bound.lwt()).isTrue();
      assertThat(ring.replicas("rf3", bound.routingKey())).hasSize(3);
      for (int attempt = 0; attempt < 4; attempt++) {
        io.sibyl.driver.ResultSet result = session.execute(bound);
        assertThat(result.one().getBoolean("[applied]")).isTrue();
        InetSocketAddress coordinator = result.executionInfo().coordinator();
        // The primary replica is the owner of the first token at or after the partition's.
        assertThat(coordinator).isEqualTo(ownerOf(serverToken));
      }
      primaries.add(ownerOf(serverToken));
    }
    assertThat(primaries).as("the keys spread over the ring").hasSize(3);
  }

  @Test
  @Order(2)
  void should_rotate_an_lwt_over_its_replicas_when_lwt_routing_is_off() {
    try (Session rotating =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .localDatacenter(cluster.localDatacenter())
            .loadBalancingPolicy(new DefaultLoadBalancingPolicy().withoutLwtRouting())
            .requestTimeout(Duration.ofSeconds(10))
            .build()) {
      PreparedStatement routed =
          rotating.prepare(
              SimpleStatement.of("UPDATE rf3.writes SET v = ? WHERE id = ? IF EXISTS")
                  .withLwt(true));
      Set<InetSocketAddress> coordinators = new HashSet<>();
      for (int i = 0; i < 12; i++) {
        coordinators.add(rotating.execute(routed.bind(i, 7)).executionInfo().coordinator());
      }
      assertThat(routed.isLwt()).isTrue();
      assertThat(coordinators).hasSize(3);
    }
  }

  @Test
  @Order(2)
  void should_coordinate_each_range_query_of_a_table_scan_on_a_replica_of_its_range() {
    // Range queries bind no partition key: only their routing token can route them.
    Map<Object, Set<InetSocketAddress>> coordinatorsByToken = new ConcurrentHashMap<>();
    AtomicInteger unrouted = new AtomicInteger();
    RequestTracker tracker =
        new RequestTracker() {
          @Override
          public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
            // Bound range queries only (their PREPARE request is reported too).
            if (statement instanceof BoundStatement && statement.toString().contains("token(")) {
              if (statement.routingToken() == null) {
                unrouted.incrementAndGet();
              } else {
                coordinatorsByToken
                    .computeIfAbsent(statement.routingToken(), t -> ConcurrentHashMap.newKeySet())
                    .add(node.address());
              }
            }
          }
        };
    session.execute(EventTable.INSTANCE.createTableCql("rf1"));
    try (Session tracked =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .localDatacenter(cluster.localDatacenter())
            .requestTimeout(Duration.ofSeconds(10))
            .addRequestTracker(tracker)
            .build()) {
      QueryTable<Event> events = Event_.table(Mapper.builder(tracked).keyspace("rf1").build());
      List<Event> written = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        written.add(new Event("source-" + (i / 3), i % 3, "payload " + i));
      }
      assertThat(events.saveAll(written).succeeded()).isTrue();
      coordinatorsByToken.clear();
      Set<String> read = ConcurrentHashMap.newKeySet();

      ScanResult scan =
          events.scan(
              ScanOptions.defaults().withConcurrency(6).withSplits(24), e -> read.add(e.key()));

      assertThat(scan.failures()).isEmpty();
      assertThat(read).hasSize(written.size());
      assertThat(unrouted.get()).as("range queries without a routing token").isZero();
      assertThat(coordinatorsByToken).hasSize(scan.checkpoint().ranges().size());
      TokenMap ring = tracked.metadata().tokenMap().orElseThrow();
      Set<InetSocketAddress> allCoordinators = new HashSet<>();
      coordinatorsByToken.forEach(
          (token, coordinators) -> {
            // rf1: the range's one replica is the only node holding its rows.
            List<Node> replicas = ring.replicasOfToken("rf1", (Comparable<?>) token);
            assertThat(replicas).hasSize(1);
            assertThat(coordinators)
                .as("coordinators of the range ending at %s", token)
                .containsOnly(replicas.get(0).address());
            allCoordinators.addAll(coordinators);
          });
      assertThat(allCoordinators).as("ranges spread over the nodes").hasSize(3);
    }
  }

  @Test
  @Order(3)
  void should_keep_every_acknowledged_write_when_a_node_stops_under_load_and_use_it_again_after()
      throws Exception {
    PreparedStatement insert = session.prepare("INSERT INTO rf3.writes (id, v) VALUES (?, ?)");
    Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger failures = new AtomicInteger();
    Semaphore inFlight = new Semaphore(32);
    List<CompletableFuture<AsyncResultSet>> writes = new ArrayList<>();
    int total = 3000;
    for (int id = 0; id < total; id++) {
      if (id == total / 3) {
        cluster.node(3).stop(); // graceful stop in the middle of the load
      }
      inFlight.acquire();
      int key = id;
      CompletableFuture<AsyncResultSet> write =
          session
              .executeAsync(
                  insert.bind(key, key).withConsistency(Consistency.QUORUM).withIdempotent(true))
              .toCompletableFuture()
              .whenComplete(
                  (rs, error) -> {
                    inFlight.release();
                    if (error == null) {
                      acknowledged.add(key);
                    } else {
                      failures.incrementAndGet();
                    }
                  });
      writes.add(write);
    }
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .get(2, TimeUnit.MINUTES);

    assertThat(failures.get()).as("idempotent writes fail over to the live nodes").isZero();
    Node stopped = nodeAt(cluster.node(3).address());
    await().atMost(Duration.ofSeconds(30)).until(() -> stopped.state() == NodeState.DOWN);

    PreparedStatement read = session.prepare("SELECT v FROM rf3.writes WHERE id = ?");
    for (int id : acknowledged) {
      assertThat(session.execute(read.bind(id).withConsistency(Consistency.QUORUM)).one())
          .as("acknowledged write %d", id)
          .isNotNull();
    }

    cluster.node(3).start();
    await().atMost(Duration.ofSeconds(60)).until(() -> stopped.state() == NodeState.UP);
    Set<InetSocketAddress> coordinators = new HashSet<>();
    for (int id = 0; id < 60; id++) {
      coordinators.add(session.execute(read.bind(id)).executionInfo().coordinator());
    }
    assertThat(coordinators).contains(stopped.address());
  }

  private static InetSocketAddress ownerOf(long token) {
    Node owner = null;
    long ownerToken = 0;
    Node lowest = null;
    long lowestToken = Long.MAX_VALUE;
    for (Node node : session.metadata().nodes()) {
      for (String text : node.tokens()) {
        long nodeToken = Long.parseLong(text);
        if (nodeToken >= token && (owner == null || nodeToken < ownerToken)) {
          owner = node;
          ownerToken = nodeToken;
        }
        if (nodeToken < lowestToken) {
          lowest = node;
          lowestToken = nodeToken;
        }
      }
    }
    return (owner != null ? owner : lowest).address(); // wrap around the ring
  }

  private static Node nodeAt(InetSocketAddress address) {
    return session.metadata().node(address).orElseThrow();
  }
}
