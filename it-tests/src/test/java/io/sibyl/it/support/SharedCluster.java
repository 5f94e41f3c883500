package io.sibyl.it.support;

import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.CassandraClusters;
import io.sibyl.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one cluster that the single-node tests of this JVM share. It is an embedded node started with
 * PasswordAuthenticator and CassandraAuthorizer (so authentication and permission tests run on it
 * too), unless {@code SIBYL_CONTACT_POINTS} or {@code SIBYL_BACKEND} name another backend. It is
 * closed when the test run ends.
 */
public final class SharedCluster {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedCluster.class);

  private SharedCluster() {}

  /** The shared cluster, started on first use. */
  public static CassandraCluster get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Holder.class, key -> new Holder(start()), Holder.class)
        .cluster;
  }

  private static CassandraCluster start() {
    // SASI (off by default in 5.0) serves the query DSL's LIKE, which SAI does not in 5.0.
    return CassandraClusters.fromEnvironment(
        EmbeddedCassandra.builder()
            .authentication(true)
            .yamlSetting("sasi_indexes_enabled", "true"));
  }

  private record Holder(CassandraCluster cluster)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      cluster.close();
    }
  }
}
