package io.sibyl.it.support;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.embedded.CassandraCluster;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of the single-node integration tests: the JVM's shared cluster, one session per test class
 * and one fresh keyspace per class (dropped afterwards), which the session uses.
 */
@ExtendWith(SessionITBase.ClusterCallback.class)
public abstract class SessionITBase {
  /** The shared cluster. */
  protected static CassandraCluster cluster;

  /** The class's session, logged in and using {@link #keyspace}. */
  protected static Session session;

  /** The class's own keyspace. */
  protected static String keyspace;

  /** Resolves the shared cluster before {@code @BeforeAll} methods run. */
  static final class ClusterCallback implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      cluster = SharedCluster.get(context);
      keyspace = "it_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
  }

  @BeforeAll
  static void openSession() {
    try (Session admin = newSession(builder -> {})) {
      admin.execute("DROP KEYSPACE IF EXISTS " + keyspace);
      admin.execute(
          "CREATE KEYSPACE "
              + keyspace
              + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }
    session = newSession(builder -> builder.keyspace(keyspace));
  }

  @AfterAll
  static void closeSession() {
    if (session != null) {
      session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
      session.close();
      session = null;
    }
  }

  /**
   * A new session to the shared cluster, logged in as its user, customized by the caller. Extra
   * contact points, if given, are tried before the cluster's own.
   */
  protected static Session newSession(
      Consumer<SessionBuilder> customizer, InetSocketAddress... triedFirst) {
    SessionBuilder builder = Session.builder();
    for (InetSocketAddress address : triedFirst) {
      builder.addContactPoint(address);
    }
    builder.addContactPoints(cluster.contactPoints()).localDatacenter(cluster.localDatacenter());
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    customizer.accept(builder);
    return builder.build();
  }
}
