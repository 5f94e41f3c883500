package io.sibyl.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The validated settings of an {@link EmbeddedCassandra} cluster, as collected by its builder.
 *
 * @param nodeCount number of nodes, 1 to 3
 * @param cassandraVersion the Cassandra version to run
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
 * @param datacenters the data center of each node, in node order; empty for SimpleSnitch (every
 *     node in {@value #DATACENTER})
 * @param racks the rack of each node, in node order; empty for {@value #RACK} everywhere
 * @param cassandraHome an unpacked Cassandra distribution to run instead of resolving {@code
 *     cassandraVersion} with Maven, or {@code null}
 * @param extraClasspath jars or class directories added after the server's own class path (a custom
 *     authenticator, for example), in order
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
    Map<String, String> yamlSettings,
    List<String> datacenters,
    List<String> racks,
    Path cassandraHome,
    List<Path> extraClasspath) {

  /** The superuser that Cassandra creates when PasswordAuthenticator is on. */
  static final String SUPERUSER = "cassandra";

  /** The data center of every node (SimpleSnitch). */
  static final String DATACENTER = "datacenter1";

  /** The rack of every node unless {@link #racks()} says otherwise. */
  static final String RACK = "rack1";

  ClusterSettings {
    jvmOptions = List.copyOf(jvmOptions);
    yamlSettings = Map.copyOf(yamlSettings);
    datacenters = List.copyOf(datacenters);
    racks = List.copyOf(racks);
    extraClasspath = List.copyOf(extraClasspath);
    if (!datacenters.isEmpty() && datacenters.size() != nodeCount) {
      throw new IllegalArgumentException(
          "datacenters names "
              + datacenters.size()
              + " data center(s) "
              + datacenters
              + " but the cluster has "
              + nodeCount
              + " node(s): give one per node");
    }
    if (!racks.isEmpty() && racks.size() != nodeCount) {
      throw new IllegalArgumentException(
          "racks names "
              + racks.size()
              + " rack(s) "
              + racks
              + " but the cluster has "
              + nodeCount
              + " node(s): give one per node");
    }
  }

  /** Settings with every node in {@value #DATACENTER}, {@value #RACK} (SimpleSnitch). */
  ClusterSettings(
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
    this(
        nodeCount,
        cassandraVersion,
        clusterName,
        tokensPerNode,
        heapSize,
        fastStartup,
        dataDirectory,
        authentication,
        clientTls,
        requireClientCertificate,
        startTimeout,
        nativePort,
        storagePort,
        jvmOptions,
        yamlSettings,
        List.of(),
        List.of(),
        null,
        List.of());
  }

  /** These settings for another Cassandra version (the one a distribution turned out to have). */
  ClusterSettings withCassandraVersion(String version) {
    return new ClusterSettings(
        nodeCount,
        version,
        clusterName,
        tokensPerNode,
        heapSize,
        fastStartup,
        dataDirectory,
        authentication,
        clientTls,
        requireClientCertificate,
        startTimeout,
        nativePort,
        storagePort,
        jvmOptions,
        yamlSettings,
        datacenters,
        racks,
        cassandraHome,
        extraClasspath);
  }

  /** The major version of {@link #cassandraVersion()}, e.g. 5 for {@code 5.0.6}. */
  int majorVersion() {
    try {
      return Integer.parseInt(cassandraVersion.split("\\.")[0]);
    } catch (NumberFormatException e) {
      return 5;
    }
  }

  /**
   * Whether the nodes name their data center and rack in {@code cassandra-rackdc.properties}
   * (GossipingPropertyFileSnitch) rather than all being in {@value #DATACENTER} (SimpleSnitch).
   */
  boolean rackDcFiles() {
    return !datacenters.isEmpty() || !racks.isEmpty();
  }

  /** The data center of node {@code number} (1-based). */
  String datacenter(int number) {
    return datacenters.isEmpty() ? DATACENTER : datacenters.get(number - 1);
  }

  /** The rack of node {@code number} (1-based). */
  String rack(int number) {
    return racks.isEmpty() ? RACK : racks.get(number - 1);
  }
}
