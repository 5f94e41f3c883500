package io.sibyl.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AddressTranslator;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import io.sibyl.driver.policy.LoadBalancingPolicy;
import io.sibyl.driver.policy.NodeDistance;
import io.sibyl.embedded.EmbeddedCassandra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DDL then prepare then execute on a fresh three-node cluster, with each node in turn as the
 * coordinator: the schema agreement wait after each DDL must cover every node, so the statements
 * that follow find the new table wherever they run. Also checks that the session, given one contact
 * point, translates the peers' addresses (through an identity translator that counts its calls).
 */
@Tag("multi-node")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FreshClusterSchemaIT {
  private static final int KEYSPACES = 20;

  private static EmbeddedCassandra cluster;
  private static Session session;
  private static final AtomicInteger translations = new AtomicInteger();
  // The node the next statement must run on, or null for the default plan.
  private static final AtomicReference<Node> pinned = new AtomicReference<>();

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).start();
    AddressTranslator countingIdentity =
        address -> {
          translations.incrementAndGet();
          return address;
        };
    session =
        Session.builder()
            .addContactPoint(cluster.contactPoints().get(0))
            .addressTranslator(countingIdentity)
            .localDatacenter(cluster.localDatacenter())
            .loadBalancingPolicy(new PinningPolicy(new DefaultLoadBalancingPolicy()))
            .schemaAgreementTimeout(Duration.ofSeconds(30))
            .requestTimeout(Duration.ofSeconds(20))
            .build();
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

  /**
   * On a cluster this fresh, the control node's {@code system.peers_v2} may not list the last node
   * yet when the session starts; it is found on its first event (or the first schema agreement
   * check that sees it).
   */
  private static List<Node> awaitThreeNodesUp() {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                session.metadata().nodes().size() == 3
                    && session.metadata().nodes().stream()
                        .allMatch(node -> node.state() == NodeState.UP));
    return new ArrayList<>(session.metadata().nodes());
  }

  @Test
  void should_dial_the_translated_addresses_of_the_peers_and_not_translate_the_contact_point() {
    List<Node> nodes = awaitThreeNodesUp();

    assertThat(nodes).hasSize(3);
    assertThat(nodes).allSatisfy(node -> assertThat(node.state()).isEqualTo(NodeState.UP));
    assertThat(nodes)
        .extracting(Node::address)
        .containsExactlyInAnyOrderElementsOf(cluster.contactPoints());
    // Each refresh translates the peers; the contact point is dialled as given.
    assertThat(translations.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void should_prepare_and_execute_on_every_node_right_after_ddl() {
    List<Node> nodes = awaitThreeNodesUp();
    for (int k = 0; k < KEYSPACES; k++) {
      String ks = "fresh_" + k;
      ResultSet keyspace =
          session.execute(
              "CREATE KEYSPACE "
                  + ks
                  + " WITH replication = {'class': 'NetworkTopologyStrategy', '"
                  + cluster.localDatacenter()
                  + "': 3}");
      assertThat(keyspace.executionInfo().schemaInAgreement()).as("agreement on " + ks).isTrue();
      ResultSet table = session.execute("CREATE TABLE " + ks + ".w (id int PRIMARY KEY, v int)");
      assertThat(table.executionInfo().schemaInAgreement()).as("agreement on " + ks).isTrue();

      // The prepare runs on each node in turn, then each node coordinates a write and a read.
      PreparedStatement insert =
          runOn(
              nodes.get(k % nodes.size()),
              () -> session.prepare("INSERT INTO " + ks + ".w (id, v) VALUES (?, ?)"));
      PreparedStatement select = session.prepare("SELECT v FROM " + ks + ".w WHERE id = ?");
      for (int n = 0; n < nodes.size(); n++) {
        Node node = nodes.get(n);
        BoundStatement write = insert.bind(n, k).withConsistency(Consistency.ALL);
        ResultSet written = runOn(node, () -> session.execute(write));
        assertThat(written.executionInfo().coordinator()).isEqualTo(node.address());
        BoundStatement read = select.bind(n).withConsistency(Consistency.ALL);
        assertThat(runOn(node, () -> session.execute(read)).one().getInt("v")).isEqualTo(k);
      }
    }
  }

  private static <T> T runOn(Node node, java.util.function.Supplier<T> action) {
    pinned.set(node);
    try {
      return action.get();
    } finally {
      pinned.set(null);
    }
  }

  /** Sends each statement to the pinned node when one is set; else the default plan. */
  private static final class PinningPolicy implements LoadBalancingPolicy {
    private final LoadBalancingPolicy delegate;

    PinningPolicy(LoadBalancingPolicy delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(Collection<Node> nodes, String localDatacenter) {
      delegate.init(nodes, localDatacenter);
    }

    @Override
    public List<Node> newQueryPlan(Statement<?> statement, List<Node> replicas) {
      Node node = pinned.get();
      return node != null ? List.of(node) : delegate.newQueryPlan(statement, replicas);
    }

    @Override
    public NodeDistance distance(Node node) {
      return delegate.distance(node);
    }

    @Override
    public void onAdd(Node node) {
      delegate.onAdd(node);
    }

    @Override
    public void onRemove(Node node) {
      delegate.onRemove(node);
    }

    @Override
    public void onUp(Node node) {
      delegate.onUp(node);
    }

    @Override
    public void onDown(Node node) {
      delegate.onDown(node);
    }
  }
}
