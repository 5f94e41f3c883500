package io.sibyl.embedded;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.testcontainers.cassandra.CassandraContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One Cassandra node in a Docker container ({@code cassandra:<version>}), started by
 * Testcontainers. Testcontainers is an optional dependency: this class is loaded only when this
 * backend is chosen, and the caller must have {@code org.testcontainers:testcontainers-cassandra}
 * on its test class path.
 */
final class TestcontainersCassandra implements CassandraCluster {

  static final String CONTAINER_CLASS = "org.testcontainers.cassandra.CassandraContainer";

  private final CassandraContainer container;

  private TestcontainersCassandra(CassandraContainer container) {
    this.container = container;
  }

  /**
   * Whether these settings fit this backend: one node, no authentication, no TLS, no extra server
   * class path.
   */
  static boolean supports(ClusterSettings settings) {
    return settings.nodeCount() == 1
        && !settings.authentication()
        && !settings.clientTls()
        && settings.extraClasspath().isEmpty();
  }

  /** Whether Testcontainers' Cassandra module is on the class path. */
  static boolean isAvailable() {
    try {
      Class.forName(CONTAINER_CLASS, false, TestcontainersCassandra.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Starts a container and waits until it answers CQL.
   *
   * @throws EmbeddedCassandraException if the settings need more than this backend offers
   */
  static TestcontainersCassandra start(ClusterSettings settings) {
    if (!supports(settings)) {
      throw new EmbeddedCassandraException(
          "The Testcontainers backend runs one node without authentication or TLS, but "
              + settings.nodeCount()
              + " node(s), authentication="
              + settings.authentication()
              + ", clientTls="
              + settings.clientTls()
              + ", extra server class path "
              + settings.extraClasspath()
              + " were asked for. Use the embedded backend (SIBYL_BACKEND=embedded).");
    }
    CassandraContainer container =
        new CassandraContainer(DockerImageName.parse("cassandra:" + settings.cassandraVersion()))
            .withStartupTimeout(settings.startTimeout());
    container.start();
    return new TestcontainersCassandra(container);
  }

  @Override
  public CassandraBackend backend() {
    return CassandraBackend.TESTCONTAINERS;
  }

  @Override
  public List<InetSocketAddress> contactPoints() {
    return List.of(container.getContactPoint());
  }

  @Override
  public String localDatacenter() {
    return container.getLocalDatacenter();
  }

  /** Always {@code null}: the container runs without authentication. */
  @Override
  public String username() {
    return null;
  }

  /** Always {@code null}: the container runs without authentication. */
  @Override
  public String password() {
    return null;
  }

  @Override
  public Optional<TlsStores> tls() {
    return Optional.empty();
  }

  @Override
  public void close() {
    container.stop();
  }

  @Override
  public String toString() {
    return "TestcontainersCassandra" + contactPoints();
  }
}
