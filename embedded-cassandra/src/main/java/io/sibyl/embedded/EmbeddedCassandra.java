package io.sibyl.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Cassandra cluster of 1 to 3 nodes for tests and demos, each node a forked JVM running
 * {@code CassandraDaemon} from the {@code cassandra-all} jars, resolved at run time with Maven (or
 * from an unpacked distribution; see {@link Builder#cassandraVersion(String)} and {@link
 * Builder#cassandraHome(Path)}).
 *
 * <pre>{@code
 * try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder().nodes(3).start()) {
 *   List<InetSocketAddress> contactPoints = cassandra.contactPoints();
 *   cassandra.node(2).stop();   // graceful; start() brings it back with its data
 * }
 * }</pre>
 *
 * <p>The nodes listen on a free block of loopback addresses {@code 127.0.N.1..3} (see {@link
 * #contactPoints()}), write everything under {@link #directory()}, and are all seeds. {@link
 * #close()} kills them and deletes that directory; a JVM shutdown hook does the same for clusters
 * left open.
 */
public final class EmbeddedCassandra implements CassandraCluster {

  /**
   * The Cassandra version run when neither {@link Builder#cassandraVersion(String)} nor {@code
   * SIBYL_CASSANDRA_VERSION} names another.
   */
  public static final String DEFAULT_VERSION = ServerClasspath.DEFAULT_VERSION;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCassandra.class);

  private final ClusterSettings settings;
  private final LoopbackBlock block;
  private final Path directory;
  private final BlockPidFile pids;
  private final TlsFiles tls;
  private final NodeReadiness readiness;
  private final List<EmbeddedNode> nodes = new ArrayList<>();
  private volatile boolean closed;

  private EmbeddedCassandra(
      ClusterSettings settings, ServerClasspath classpath, LoopbackBlock block, Path directory) {
    this.settings = settings;
    this.block = block;
    this.directory = directory;
    this.pids = BlockPidFile.create(block.pidFile(), directory);
    List<NodeLayout> layouts = new ArrayList<>();
    for (int number = 1; number <= settings.nodeCount(); number++) {
      layouts.add(
          new NodeLayout(
              number,
              block.address(number),
              settings.nativePort(),
              settings.storagePort(),
              directory.resolve("node" + number)));
    }
    this.tls = settings.clientTls() ? generateTls(directory, layouts) : null;
    this.readiness =
        new NodeReadiness(
            settings,
            tls == null
                ? null
                : tls.clientStores().sslContext(settings.requireClientCertificate()));
    boolean dropMemoryLock = NodeCommand.shouldDropMemoryLock();
    for (NodeLayout layout : layouts) {
      writeConfiguration(layout, layouts);
      nodes.add(
          new EmbeddedNode(
              this, layout, NodeCommand.build(settings, layout, classpath, dropMemoryLock)));
    }
  }

  /**
   * A builder with the defaults: one node of Cassandra {@value #DEFAULT_VERSION}, no auth, no TLS.
   */
  public static Builder builder() {
    return new Builder();
  }

  static EmbeddedCassandra start(ClusterSettings requested) {
    long started = System.nanoTime();
    ServerClasspath classpath =
        ServerClasspathResolver.fromEnvironment()
            .resolve(requested.cassandraVersion(), requested.cassandraHome());
    ClusterSettings settings =
        classpath.version().equals(requested.cassandraVersion())
            ? requested
            : requested.withCassandraVersion(classpath.version());
    LoopbackBlock block =
        LoopbackBlock.reserve(
            settings.nodeCount(),
            List.of(settings.nativePort(), settings.storagePort()),
            new SecureRandom(),
            Path.of(System.getProperty("java.io.tmpdir")));
    Path directory = null;
    EmbeddedCassandra cluster = null;
    try {
      directory = createDirectory(settings);
      cluster = new EmbeddedCassandra(settings, classpath, block, directory);
      OpenClusters.register(cluster);
      cluster.startNodes();
    } catch (RuntimeException e) {
      if (cluster != null) {
        cluster.close();
      } else {
        deleteQuietly(directory, e);
        deleteQuietly(block.pidFile(), e);
        block.close();
      }
      throw e;
    }
    LOG.info(
        "Cassandra {} cluster of {} node(s) started in {} ms: contact points {}, local datacenter"
            + " {}, directory {}",
        settings.cassandraVersion(),
        settings.nodeCount(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        cluster.contactPoints(),
        cluster.localDatacenter(),
        cluster.directory());
    return cluster;
  }

  @Override
  public CassandraBackend backend() {
    return CassandraBackend.EMBEDDED;
  }

  /** The CQL addresses of all nodes, running or not, in node order. */
  @Override
  public List<InetSocketAddress> contactPoints() {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (EmbeddedNode node : nodes) {
      addresses.add(node.address());
    }
    return List.copyOf(addresses);
  }

  /**
   * The data center of node 1: {@code datacenter1} unless {@link Builder#datacenters(String...)}
   * named others.
   */
  @Override
  public String localDatacenter() {
    return settings.datacenter(1);
  }

  /** The data center of each node, in node order (see {@link Builder#datacenters(String...)}). */
  public List<String> datacenters() {
    List<String> datacenters = new ArrayList<>();
    for (int number = 1; number <= settings.nodeCount(); number++) {
      datacenters.add(settings.datacenter(number));
    }
    return List.copyOf(datacenters);
  }

  /** {@code cassandra} with authentication on, else {@code null}. */
  @Override
  public String username() {
    return settings.authentication() ? ClusterSettings.SUPERUSER : null;
  }

  /** {@code cassandra} with authentication on, else {@code null}. */
  @Override
  public String password() {
    return settings.authentication() ? ClusterSettings.SUPERUSER : null;
  }

  @Override
  public Optional<TlsStores> tls() {
    return tls == null ? Optional.empty() : Optional.of(tls.clientStores());
  }

  /** The nodes, in order (node 1 first). */
  public List<EmbeddedNode> nodes() {
    return List.copyOf(nodes);
  }

  /**
   * The node with this number.
   *
   * @param number 1-based, as in the node's address {@code 127.0.N.number}
   */
  public EmbeddedNode node(int number) {
    if (number < 1 || number > nodes.size()) {
      throw new IllegalArgumentException(
          "No node " + number + ": nodes are numbered 1 to " + nodes.size());
    }
    return nodes.get(number - 1);
  }

  /** The cluster's own directory (one sub-directory per node, and {@code tls/}). */
  public Path directory() {
    return directory;
  }

  /** The Cassandra version the nodes run. */
  public String cassandraVersion() {
    return settings.cassandraVersion();
  }

  /** Records a launched node's process, so that a later run can stop it if this JVM dies. */
  void recordLaunch(EmbeddedNode node, Process process) {
    pids.recordNode(node.layout().name(), process.toHandle(), node.directory());
  }

  /** Fails if the cluster was closed: its nodes' directories are gone. */
  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The cluster " + this + " is closed; start a new one");
    }
  }

  /** Kills every node, deletes {@link #directory()} and frees the loopback block. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      for (EmbeddedNode node : nodes) {
        node.kill();
      }
      FileTrees.delete(directory);
    } finally {
      pids.delete();
      block.close();
      OpenClusters.unregister(this);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedCassandra" + contactPoints();
  }

  private void startNodes() {
    EmbeddedNode seed = nodes.get(0);
    seed.launch();
    awaitReady(List.of(seed));
    List<EmbeddedNode> others = nodes.subList(1, nodes.size());
    if (others.isEmpty()) {
      return;
    }
    if (settings.tokensPerNode() == 1) {
      // Fixed tokens: the other nodes can join together.
      others.forEach(EmbeddedNode::launch);
      awaitReady(others);
    } else {
      // Allocated tokens depend on the ring each node sees: one at a time.
      for (EmbeddedNode node : others) {
        node.launch();
        awaitReady(List.of(node));
      }
    }
  }

  /**
   * Waits until each of {@code awaited} accepts CQL (and a login, with authentication), then until
   * it and every other running node have logged each other UP.
   */
  void awaitReady(Collection<EmbeddedNode> awaited) {
    readiness.awaitReady(awaited, nodes);
  }

  private void writeConfiguration(NodeLayout layout, List<NodeLayout> layouts) {
    try {
      for (Path dir :
          List.of(layout.configDirectory(), layout.logDirectory(), layout.triggersDirectory())) {
        Files.createDirectories(dir);
      }
      Files.writeString(
          layout.yamlFile(),
          CassandraYaml.render(settings, layout, layouts, tls),
          StandardCharsets.UTF_8);
      Files.writeString(
          layout.logbackFile(), LogbackXml.render(layout.logFile()), StandardCharsets.UTF_8);
      if (settings.rackDcFiles()) {
        Files.writeString(
            layout.rackDcFile(),
            CassandraYaml.rackDcProperties(settings, layout.number()),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot write the configuration of " + layout.name() + " in " + layout.directory(), e);
    }
  }

  private static TlsFiles generateTls(Path directory, List<NodeLayout> layouts) {
    List<InetAddress> addresses = new ArrayList<>();
    layouts.forEach(layout -> addresses.add(layout.address()));
    Path tlsDirectory = directory.resolve("tls");
    try {
      Files.createDirectories(tlsDirectory);
    } catch (IOException e) {
      throw new EmbeddedCassandraException("Cannot create " + tlsDirectory, e);
    }
    return TlsFilesGenerator.generate(tlsDirectory, addresses);
  }

  private static void deleteQuietly(Path directory, RuntimeException failure) {
    if (directory != null) {
      try {
        FileTrees.delete(directory);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static Path createDirectory(ClusterSettings settings) {
    try {
      if (settings.dataDirectory() == null) {
        return Files.createTempDirectory("sibyl-cassandra-");
      }
      Files.createDirectories(settings.dataDirectory());
      return Files.createTempDirectory(settings.dataDirectory(), "cluster-");
    } catch (IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot create a directory for the cluster"
              + (settings.dataDirectory() == null ? "" : " in " + settings.dataDirectory()),
          e);
    }
  }

  /**
   * Collects the settings of an {@link EmbeddedCassandra} and starts it. Every setting has a
   * default; {@link #start()} may be called at once.
   */
  public static final class Builder {

    private int nodes = 1;
    private String cassandraVersion;
    private Path cassandraHome;
    private String clusterName = "sibyl";
    private int tokensPerNode = 1;
    private String heapSize = "512m";
    private boolean fastStartup = true;
    private Path dataDirectory;
    private boolean authentication;
    private boolean clientTls;
    private boolean requireClientCertificate;
    private Duration startTimeout = Duration.ofMinutes(2);
    private int nativePort = 9042;
    private int storagePort = 7000;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> yamlSettings = new LinkedHashMap<>();
    private final List<Path> serverClasspath = new ArrayList<>();
    private List<String> datacenters = List.of();
    private List<String> racks = List.of();

    private Builder() {}

    /** Number of nodes, 1 (default) to 3, on addresses {@code 127.0.N.1..count}. */
    public Builder nodes(int count) {
      if (count < 1 || count > 3) {
        throw new IllegalArgumentException("nodes must be 1 to 3, not " + count);
      }
      this.nodes = count;
      return this;
    }

    /**
     * The Cassandra version, e.g. {@code 5.0.6} or {@code 4.1.10}; default {@code
     * -Dsibyl.cassandraVersion}, else {@code SIBYL_CASSANDRA_VERSION}, else {@value
     * EmbeddedCassandra#DEFAULT_VERSION}. The first start of a version resolves {@code
     * org.apache.cassandra:cassandra-all} and its dependencies with Maven (honouring {@code
     * ~/.m2/settings.xml}) and caches the class path; later starts need no network.
     */
    public Builder cassandraVersion(String version) {
      this.cassandraVersion = requireText(version, "cassandraVersion");
      return this;
    }

    /**
     * Runs the jars of an unpacked Apache Cassandra distribution ({@code home/lib/*.jar}) instead
     * of resolving a version with Maven; default {@code -Dsibyl.cassandraHome}, else {@code
     * SIBYL_CASSANDRA_HOME}, else none. The version is then the distribution's.
     */
    public Builder cassandraHome(Path home) {
      this.cassandraHome = home;
      return this;
    }

    /**
     * The data center of each node, in node order, one name per node: e.g. {@code
     * nodes(3).datacenters("dc1", "dc1", "dc2")} for two nodes in {@code dc1} and one in {@code
     * dc2}. The nodes then use GossipingPropertyFileSnitch, each with its own {@code
     * cassandra-rackdc.properties}, and {@link EmbeddedCassandra#localDatacenter()} is node 1's.
     * Default: SimpleSnitch, every node in {@code datacenter1}.
     */
    public Builder datacenters(String... perNode) {
      this.datacenters = names(perNode, "datacenters");
      return this;
    }

    /**
     * The rack of each node, in node order, one name per node; default {@code rack1} for every
     * node. Like {@link #datacenters(String...)}, it switches the nodes to
     * GossipingPropertyFileSnitch.
     */
    public Builder racks(String... perNode) {
      this.racks = names(perNode, "racks");
      return this;
    }

    private static List<String> names(String[] perNode, String what) {
      if (perNode == null || perNode.length == 0) {
        throw new IllegalArgumentException(what + " needs one name per node");
      }
      for (String name : perNode) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
          throw new IllegalArgumentException(
              what + " names must be letters, digits, '_', '.' or '-', not " + name);
        }
      }
      return List.of(perNode);
    }

    /** The {@code cluster_name}; default {@code sibyl}. */
    public Builder clusterName(String name) {
      this.clusterName = requireText(name, "clusterName");
      return this;
    }

    /**
     * Tokens per node. Default 1: each node gets one fixed, evenly spaced token ({@code
     * initial_token}) and the nodes after the first join together, which is fastest. More (e.g. 16)
     * gives vnodes allocated with {@code allocate_tokens_for_local_replication_factor}; the nodes
     * then join one at a time.
     */
    public Builder tokensPerNode(int tokens) {
      if (tokens < 1 || tokens > 256) {
        throw new IllegalArgumentException("tokensPerNode must be 1 to 256, not " + tokens);
      }
      this.tokensPerNode = tokens;
      return this;
    }

    /** Heap of each node's JVM, as for {@code -Xmx}; default {@code 512m}. */
    public Builder heapSize(String size) {
      if (size == null || !size.matches("[1-9][0-9]*[kKmMgG]?")) {
        throw new IllegalArgumentException("heapSize must look like 512m or 1g, not " + size);
      }
      this.heapSize = size;
      return this;
    }

    /**
     * Whether the nodes' JVMs compile with C1 only ({@code -XX:TieredStopAtLevel=1}); default on. A
     * node then needs about a third less CPU to start (on two cores, a 3-node cluster starts
     * markedly sooner) but runs CPU-heavy loads slower: turn it off for benchmarks.
     */
    public Builder fastStartup(boolean enabled) {
      this.fastStartup = enabled;
      return this;
    }

    /**
     * The directory in which a fresh sub-directory for the cluster is created; default: a fresh
     * temporary directory. Either way, {@link EmbeddedCassandra#close()} deletes only what it
     * created.
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory;
      return this;
    }

    /**
     * Turns on PasswordAuthenticator and CassandraAuthorizer; the superuser {@code
     * cassandra}/{@code cassandra} can log in as soon as {@link #start()} returns. Default off.
     */
    public Builder authentication(boolean enabled) {
      this.authentication = enabled;
      return this;
    }

    /**
     * Makes the nodes accept only TLS client connections, with a self-signed certificate generated
     * by {@code keytool}; clients find their trust store in {@link EmbeddedCassandra#tls()}.
     * Default off.
     */
    public Builder clientTls(boolean enabled) {
      this.clientTls = enabled;
      if (!enabled) {
        this.requireClientCertificate = false;
      }
      return this;
    }

    /**
     * Makes TLS clients present a certificate the nodes trust (mutual TLS): the client key store of
     * {@link EmbeddedCassandra#tls()}. Turns on {@link #clientTls(boolean)}. Default off.
     */
    public Builder requireClientCertificate(boolean required) {
      this.requireClientCertificate = required;
      if (required) {
        this.clientTls = true;
      }
      return this;
    }

    /**
     * How long to wait for each node (or the nodes started together) to be ready; default 2 min.
     */
    public Builder startTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("startTimeout must be positive, not " + timeout);
      }
      this.startTimeout = timeout;
      return this;
    }

    /** The CQL port of every node; default 9042. */
    public Builder nativePort(int port) {
      this.nativePort = requirePort(port, "nativePort");
      return this;
    }

    /** The internode port of every node; default 7000. */
    public Builder storagePort(int port) {
      this.storagePort = requirePort(port, "storagePort");
      return this;
    }

    /**
     * Adds an option to each node's JVM command line, after the generated ones (so it wins, e.g.
     * {@code -Dcassandra.ring_delay_ms=5000}).
     */
    public Builder jvmOption(String option) {
      jvmOptions.add(requireText(option, "jvmOption"));
      return this;
    }

    /**
     * Sets a top-level {@code cassandra.yaml} entry, replacing the generated one of the same key.
     * The value is YAML text written as is, e.g. {@code yamlSetting("materialized_views_enabled",
     * "true")} or {@code yamlSetting("batch_size_fail_threshold", "1MiB")}; a nested value starts
     * with a newline and is indented by two spaces.
     */
    public Builder yamlSetting(String key, String yamlValue) {
      requireText(key, "yaml key");
      if (yamlValue == null) {
        throw new IllegalArgumentException("yaml value of " + key + " must not be null");
      }
      yamlSettings.put(key, yamlValue);
      return this;
    }

    /**
     * Adds a jar or a class directory to each node's class path, after Cassandra's own jars: for
     * server-side classes that a test configures with {@link #yamlSetting}, such as a custom {@code
     * authenticator} (the class name as the value). The classes may use any class of the server's
     * class path; they must be compiled for the Cassandra version that runs. System properties they
     * read are passed with {@link #jvmOption}.
     *
     * @throws IllegalArgumentException if {@code entry} does not exist
     */
    public Builder serverClasspathEntry(Path entry) {
      if (entry == null || !Files.exists(entry)) {
        throw new IllegalArgumentException(
            "serverClasspathEntry " + entry + " does not exist: give an existing jar or directory");
      }
      serverClasspath.add(entry.toAbsolutePath());
      return this;
    }

    /**
     * Starts the cluster and returns once every node accepts CQL and sees the others UP.
     *
     * @throws EmbeddedCassandraException if the server class path is missing, no loopback block is
     *     free, or a node does not start in time (everything started is then stopped and deleted)
     */
    public EmbeddedCassandra start() {
      if (nativePort == storagePort) {
        throw new IllegalArgumentException("nativePort and storagePort must differ: " + nativePort);
      }
      return EmbeddedCassandra.start(settings());
    }

    ClusterSettings settings() {
      return new ClusterSettings(
          nodes,
          cassandraVersion != null
              ? cassandraVersion
              : ServerClasspathResolver.fromEnvironment().cassandraVersion(),
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
          serverClasspath);
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static int requirePort(int port, String name) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(name + " must be 1 to 65535, not " + port);
      }
      return port;
    }
  }
}
