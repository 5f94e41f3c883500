package io.sibyl.embedded;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * A Cassandra cluster that tests and demos connect to, whatever runs it: forked nodes ({@link
 * EmbeddedCassandra}), a Testcontainers container, or an external cluster ({@link
 * ExternalCassandra}). Pick one with {@link CassandraClusters#fromEnvironment()}.
 *
 * <p>Closing stops what this object started (nothing, for an external cluster).
 */
public interface CassandraCluster extends AutoCloseable {

  /** What runs the cluster. */
  CassandraBackend backend();

  /** Addresses of the nodes' native protocol (CQL) ports; never empty. */
  List<InetSocketAddress> contactPoints();

  /** The data center of the contact points, for a driver's load balancing policy. */
  String localDatacenter();

  /** The user to log in as, or {@code null} when the cluster needs no authentication. */
  String username();

  /**
   * The password of {@link #username()}, or {@code null} when the cluster needs no authentication.
   */
  String password();

  /** The TLS stores clients need, when the cluster accepts only TLS connections. */
  Optional<TlsStores> tls();

  /** Stops what this object started and deletes the data it created. */
  @Override
  void close();
}
