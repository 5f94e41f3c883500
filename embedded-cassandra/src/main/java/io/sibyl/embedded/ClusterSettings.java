package io.sibyl.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The validated settings of an {@link EmbeddedCassandra} cluster, as collected by its builder.
 *
 * @param nodeCount number of nodes, 1 to 3
 * @param cassandraVersion the Cassandra version whose class path is bundled
 * @param clusterName the {@code cluster_name}
 * @param tokensPerNode 1 for one fixed, evenly spaced token per node; more for allocated vnodes
 * @param heapSize the JVM heap of each node, as for {@code -Xmx} (e.g. {@code 512m})
 * @param fastStartup whether the nodes JIT-compile with C1 only (see {@link
 *     EmbeddedCassandra.Builder#fastStartup(boolean)})
 * @param dataDirectory where node directories go, or {@code null} for a fresh temporary directory
 * @param authentication whether PasswordAuthenticator and CassandraAuthorizer are on
 * @param clientTls whether clients must connect with TLS
 * @param requireClientCertificate whether TLS clients must present a certificate (mutual TLS)
 * @param startTimeout how long to wait for a node to accept CQL and see its peers
 * @param nativePort the CQL port of every node
 * @param storagePort the internode port of every node
 * @param jvmOptions extra options for each node's JVM, after the generated ones
 * @param yamlSettings extra top-level {@code cassandra.yaml} entries (key to YAML value text); they
 *     replace generated entries of the same key
 */
record ClusterSettings(
    int nodeCount,
    String cassandraVersion,
    String clusterName,
    int tokensPerNode,
    String heapSize,
    boolean fastStartup,
    Path dataDirectory,
    boolean authentication,
    boolean clientTls,
    boolean requireClientCertificate,
    Duration startTimeout,
    int nativePort,
    int storagePort,
    List<String> jvmOptions,
    Map<String, String> yamlSettings) {

  /** The superuser that Cassandra creates when PasswordAuthenticator is on. */
  static final String SUPERUSER = "cassandra";

  /** The data center of every node (SimpleSnitch). */
  static final String DATACENTER = "datacenter1";

  ClusterSettings {
    jvmOptions = List.copyOf(jvmOptions);
    yamlSettings = Map.copyOf(yamlSettings);
  }
}
