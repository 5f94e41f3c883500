package io.sibyl.examples;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.CassandraClusters;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sibyl's first demo: starts a real Cassandra node (or uses the cluster named by {@code
 * SIBYL_CONTACT_POINTS}), then creates a keyspace and a table, writes rows with prepared statements
 * and reads them back, synchronously and asynchronously.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -pl examples -am -DskipTests verify}.
 */
public final class QuickstartDemo {
  private QuickstartDemo() {}

  /** Runs the demo. */
  public static void main(String[] args) {
    long launched = System.nanoTime();
    try (CassandraCluster cluster = CassandraClusters.fromEnvironment()) {
      say(
          "Cassandra is up at %s (%s, %d ms)",
          cluster.contactPoints(), cluster.backend(), ms(launched));
      try (Session session = connect(cluster)) {
        say("Connected with protocol %s; nodes: %s", session.protocolVersion(), describe(session));
        run(session);
      }
    }
    say("Done in %d ms.", ms(launched));
  }

  private static Session connect(CassandraCluster cluster) {
    var builder =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .localDatacenter(cluster.localDatacenter());
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    return builder.build();
  }

  private static void run(Session session) {
    session.execute(
        "CREATE KEYSPACE IF NOT EXISTS shop WITH replication ="
            + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
    session.execute(
        "CREATE TABLE IF NOT EXISTS shop.customers ("
            + " id uuid PRIMARY KEY, name text, email text, tags set<text>, joined timestamp)");

    PreparedStatement insert =
        session.prepare(
            "INSERT INTO shop.customers (id, name, email, tags, joined) VALUES (?, ?, ?, ?, ?)");
    UUID ada = UUID.randomUUID();
    UUID grace = UUID.randomUUID();
    session.execute(
        insert.bind(ada, "Ada Lovelace", "ada@example.com", Set.of("vip"), Instant.now()));
    session.execute(
        BatchStatement.logged(
            insert.bind(
                grace, "Grace Hopper", "grace@example.com", Set.of("navy", "cobol"), Instant.now()),
            insert.bind(UUID.randomUUID(), "Alan Turing", null, Set.of(), Instant.now())));

    PreparedStatement byId =
        session.prepare("SELECT name, email, tags FROM shop.customers WHERE id = ?");
    Row row = session.execute(byId.bind(ada)).one();
    say(
        "By id: %s <%s> %s",
        row.getString("name"), row.getString("email"), row.getSet("tags", String.class));

    AsyncResultSet page = session.executeAsync(byId.bind(grace)).toCompletableFuture().join();
    Row async = page.one();
    say("Async:  %s %s", async.getString(0), async.getSet(2, String.class));

    say("All customers:");
    for (Row customer : session.execute("SELECT id, name, joined FROM shop.customers")) {
      say(
          "  %s  %-14s joined %s",
          customer.getUuid("id"), customer.getString("name"), customer.getInstant("joined"));
    }
  }

  private static List<String> describe(Session session) {
    return session.metadata().nodes().stream()
        .map(n -> n.address() + " " + n.datacenter() + " " + n.releaseVersion() + " " + n.state())
        .toList();
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(format, args));
  }
}
