package io.sibyl.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import io.sibyl.embedded.EmbeddedCassandra;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Data-center-aware routing on a real two-data-center cluster (dc1: nodes 1 and 2, dc2: node 3):
 * LOCAL_QUORUM traffic stays in the local data center, losing the remote one changes nothing, and
 * losing the local one fails fast with a clear error unless remote data centers are allowed.
 */
@Tag("multi-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TwoDatacenterRoutingIT {
  private static final int WRITES = 200;

  private static EmbeddedCassandra cluster;
  private static Session local;
  private static Session withRemote;
  private static Set<InetSocketAddress> dc1;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).datacenters("dc1", "dc1", "dc2").start();
    dc1 = Set.of(cluster.node(1).address(), cluster.node(2).address());
    local = connect(new DefaultLoadBalancingPolicy());
    withRemote = connect(new DefaultLoadBalancingPolicy().allowRemoteDatacenters());
    local.execute(
        "CREATE KEYSPACE routed WITH replication = {'class': 'NetworkTopologyStrategy',"
            + " 'dc1': 2, 'dc2': 1}");
    local.execute("CREATE TABLE routed.kv (k int PRIMARY KEY, v int)");
  }

  private static Session connect(DefaultLoadBalancingPolicy policy) {
    return Session.builder()
        .addContactPoint(cluster.contactPoints().get(0))
        .localDatacenter("dc1")
        .loadBalancingPolicy(policy)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @AfterAll
  static void stop() {
    for (Session session : new Session[] {local, withRemote}) {
      if (session != null) {
        session.close();
      }
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void should_coordinate_local_quorum_traffic_in_the_local_datacenter_only() {
    Set<InetSocketAddress> coordinators = writeAll(local, 0);

    assertThat(coordinators).isNotEmpty().isSubsetOf(dc1);
    assertThat(readAll(local, 0)).isEqualTo(WRITES);
  }

  @Test
  @Order(2)
  void should_change_nothing_when_the_remote_datacenter_is_lost() {
    cluster.node(3).stop();
    awaitState(cluster.node(3).address(), NodeState.DOWN);

    Set<InetSocketAddress> coordinators = writeAll(local, 1);

    assertThat(coordinators).isNotEmpty().isSubsetOf(dc1);
    assertThat(readAll(local, 1)).isEqualTo(WRITES);
  }

  @Test
  @Order(3)
  void should_fail_fast_when_the_local_datacenter_is_lost_unless_remote_ones_are_allowed() {
    cluster.node(3).start();
    awaitState(cluster.node(3).address(), NodeState.UP);
    cluster.node(1).stop();
    cluster.node(2).stop();
    awaitState(cluster.node(1).address(), NodeState.DOWN);
    awaitState(cluster.node(2).address(), NodeState.DOWN);

    long start = System.nanoTime();
    Throwable error =
        catchThrowable(
            () ->
                local.execute(
                    SimpleStatement.of("SELECT k FROM routed.kv WHERE k = 1")
                        .withConsistency(Consistency.LOCAL_ONE)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(error)
        .isInstanceOf(NoNodeAvailableException.class)
        .hasMessageContaining("every node is down or ignored by the load-balancing policy");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    // A session that allows remote data centers goes to dc2 (one replica there: ONE works). The
    // node missed the writes made while it was down unless hints reached it: either value.
    ResultSet row =
        withRemote.execute(
            SimpleStatement.of("SELECT v FROM routed.kv WHERE k = 1")
                .withConsistency(Consistency.ONE));
    assertThat(row.executionInfo().coordinator()).isEqualTo(cluster.node(3).address());
    assertThat(row.one().getInt("v")).isIn(0, 1);
  }

  private static Set<InetSocketAddress> writeAll(Session session, int value) {
    PreparedStatement insert = session.prepare("INSERT INTO routed.kv (k, v) VALUES (?, ?)");
    Set<InetSocketAddress> coordinators = new HashSet<>();
    for (int k = 0; k < WRITES; k++) {
      ResultSet result =
          session.execute(insert.bind(k, value).withConsistency(Consistency.LOCAL_QUORUM));
      coordinators.add(result.executionInfo().coordinator());
    }
    return coordinators;
  }

  private static int readAll(Session session, int value) {
    PreparedStatement select = session.prepare("SELECT v FROM routed.kv WHERE k = ?");
    int matching = 0;
    for (int k = 0; k < WRITES; k++) {
      ResultSet result = session.execute(select.bind(k).withConsistency(Consistency.LOCAL_QUORUM));
      if (result.one().getInt("v") == value) {
        matching++;
      }
    }
    return matching;
  }

  private static void awaitState(InetSocketAddress address, NodeState state) {
    // The session that allows remote data centers keeps a pool to every node, so it sees each
    // one go down and come back.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                withRemote.metadata().nodes().stream()
                        .filter(node -> node.address().equals(address))
                        .map(Node::state)
                        .findFirst()
                        .orElse(null)
                    == state);
  }
}
