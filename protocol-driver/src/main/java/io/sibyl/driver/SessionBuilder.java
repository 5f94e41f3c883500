package io.sibyl.driver;

import io.sibyl.driver.auth.AuthProvider;
import io.sibyl.driver.auth.PlainTextAuthProvider;
import io.sibyl.driver.cloud.CloudMetadataClient;
import io.sibyl.driver.cloud.CloudProxy;
import io.sibyl.driver.cloud.SecureConnectBundle;
import io.sibyl.driver.internal.cluster.SchemaScope;
import io.sibyl.driver.internal.session.ConfigProperties;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import io.sibyl.driver.policy.DefaultRetryPolicy;
import io.sibyl.driver.policy.ExponentialReconnectionPolicy;
import io.sibyl.driver.policy.LoadBalancingPolicy;
import io.sibyl.driver.policy.NoSpeculativeExecutionPolicy;
import io.sibyl.driver.policy.ReconnectionPolicy;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
import javax.net.ssl.SSLContext;

/**
 * Configures and connects a {@link Session}. Every setting has a default that suits a local
 * single-node cluster; only {@link #contactPoints} usually needs setting.
 */
public final class SessionBuilder {
  /** The native protocol's default port. */
  public static final int DEFAULT_PORT = 9042;

  /** The default bound on requests running at once ({@link #throttle}). */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 10_000;

  /** The default bound on requests waiting for a slot ({@link #throttle}). */
  public static final int DEFAULT_MAX_QUEUED_REQUESTS = 10_000;

  private final List<InetSocketAddress> contactPoints = new ArrayList<>();
  // Kept unresolved, to resolve again when every known node is unreachable.
  private final List<InetSocketAddress> contactPointNames = new ArrayList<>();
  private AddressTranslator addressTranslator = AddressTranslator.IDENTITY;
  private String localDatacenter;
  private String keyspace;
  private AuthProvider authProvider;
  private ProtocolVersion protocolVersion;
  private boolean compression;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration requestTimeout = Duration.ofSeconds(12);
  private TimestampGenerator timestampGenerator = TimestampGenerator.monotonic();
  private Consistency consistency = Consistency.LOCAL_ONE;
  private Consistency serialConsistency = Consistency.SERIAL;
  private int pageSize = 5000;
  private boolean idempotent;
  private int connectionsPerNode = 1;
  private int remoteConnectionsPerNode = 1;
  private Duration attemptTimeout;
  private Duration schemaAgreementTimeout = Duration.ofSeconds(10);
  private LoadBalancingPolicy loadBalancingPolicy;
  private RetryPolicy retryPolicy = DefaultRetryPolicy.INSTANCE;
  private SpeculativeExecutionPolicy speculativeExecutionPolicy =
      NoSpeculativeExecutionPolicy.INSTANCE;
  private ReconnectionPolicy reconnectionPolicy = new ExponentialReconnectionPolicy();
  private final List<NodeStateListener> nodeStateListeners = new ArrayList<>();
  private SSLContext sslContext;
  private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
  private int maxQueuedRequests = DEFAULT_MAX_QUEUED_REQUESTS;
  private final List<RequestTracker> requestTrackers = new ArrayList<>();
  private final Map<String, ExecutionProfile> executionProfiles = new LinkedHashMap<>();
  private boolean prepareOnAllNodes = true;
  private SchemaScope schemaScope = SchemaScope.ALL;
  private byte[] pagingTokenKey;
  private boolean logServerWarnings = true;
  private Transport transport = Transport.AUTO;
  private boolean hostnameVerification = true;
  private int maxRequestsPerConnection = 32768;
  private Duration heartbeatInterval = Duration.ofSeconds(30);
  private int maxFrameLength = 256 * 1024 * 1024;
  private CodecRegistry codecs = CodecRegistry.DEFAULT;
  private SecureConnectBundle cloudBundle;
  // Connects a configuration; unit tests of the driver's internals capture it instead.
  java.util.function.Function<SessionConfig, CompletionStage<Session>> connector = Session::connect;

  SessionBuilder() {}

  /**
   * Adds contact points: the nodes tried first when connecting. Each is {@code host} or {@code
   * host:port} ({@code [v6addr]:port} for IPv6); the port defaults to 9042. A host name is resolved
   * now, and every address it resolves to is added.
   *
   * @throws IllegalArgumentException for a malformed entry or a host name that does not resolve
   */
  public SessionBuilder contactPoints(String... hostsAndPorts) {
    for (String entry : hostsAndPorts) {
      addResolved(entry.trim());
    }
    return this;
  }

  /** Adds a contact point given as a socket address. */
  public SessionBuilder addContactPoint(InetSocketAddress address) {
    contactPoints.add(Objects.requireNonNull(address, "address"));
    return this;
  }

  /** Adds contact points given as socket addresses. */
  public SessionBuilder addContactPoints(List<InetSocketAddress> addresses) {
    addresses.forEach(this::addContactPoint);
    return this;
  }

  /**
   * Translates the addresses nodes advertise (in the system tables and the server's events) into
   * the addresses to dial, for nodes behind NAT or proxies. Contact points are not translated.
   * Default: {@link AddressTranslator#IDENTITY}.
   */
  public SessionBuilder addressTranslator(AddressTranslator translator) {
    this.addressTranslator = Objects.requireNonNull(translator, "translator");
    return this;
  }

  /** The data center whose nodes are preferred; optional with a single data center. */
  public SessionBuilder localDatacenter(String datacenter) {
    this.localDatacenter = datacenter;
    return this;
  }

  /** The keyspace that unqualified table names refer to. Optional. */
  public SessionBuilder keyspace(String keyspace) {
    this.keyspace = keyspace;
    return this;
  }

  /** Logs in with a user name and password (Cassandra's PasswordAuthenticator). */
  public SessionBuilder credentials(String username, String password) {
    this.authProvider = new PlainTextAuthProvider(username, password);
    return this;
  }

  /** Logs in through a custom authentication provider. */
  public SessionBuilder authProvider(AuthProvider provider) {
    this.authProvider = provider;
    return this;
  }

  /** Forces a protocol version instead of negotiating (v5 first, then v4). */
  public SessionBuilder protocolVersion(ProtocolVersion version) {
    this.protocolVersion = version;
    return this;
  }

  /** Compresses traffic with LZ4 (needs {@code at.yawk.lz4:lz4-java} on the class path). */
  public SessionBuilder compression(boolean lz4) {
    this.compression = lz4;
    return this;
  }

  /** Time allowed to open a connection, handshake included. Default 5 s. */
  public SessionBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /** Default time a request may take before it fails. Default 12 s. */
  public SessionBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "requestTimeout");
    return this;
  }

  /**
   * Gives the client-side write timestamp of each request whose statement has none. Default {@link
   * TimestampGenerator#monotonic()}; {@link TimestampGenerator#server()} sends none.
   */
  public SessionBuilder timestampGenerator(TimestampGenerator generator) {
    this.timestampGenerator = java.util.Objects.requireNonNull(generator, "timestampGenerator");
    return this;
  }

  /** Default consistency level. Default {@link Consistency#LOCAL_ONE}. */
  public SessionBuilder consistency(Consistency level) {
    this.consistency = Objects.requireNonNull(level);
    return this;
  }

  /**
   * Default serial consistency for lightweight transactions. Default {@link Consistency#SERIAL}.
   */
  public SessionBuilder serialConsistency(Consistency level) {
    if (!level.isSerial()) {
      throw new IllegalArgumentException("Serial consistency must be SERIAL or LOCAL_SERIAL");
    }
    this.serialConsistency = level;
    return this;
  }

  /** Default rows per page. Default 5000. */
  public SessionBuilder pageSize(int rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("pageSize must be positive, got " + rows);
    }
    this.pageSize = rows;
    return this;
  }

  /** Whether statements are idempotent unless they say otherwise. Default false. */
  public SessionBuilder idempotent(boolean idempotent) {
    this.idempotent = idempotent;
    return this;
  }

  /** Connections opened to each node. Default 1 (each carries thousands of requests at once). */
  public SessionBuilder connectionsPerNode(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("connectionsPerNode must be at least 1");
    }
    this.connectionsPerNode = connections;
    return this;
  }

  /** Connections opened to each node of a remote data center (when used). Default 1. */
  public SessionBuilder remoteConnectionsPerNode(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("remoteConnectionsPerNode must be at least 1");
    }
    this.remoteConnectionsPerNode = connections;
    return this;
  }

  /**
   * The time one attempt on one node may take before an idempotent request moves to the next node
   * (the request's overall deadline still applies). Default: none.
   */
  public SessionBuilder attemptTimeout(Duration timeout) {
    this.attemptTimeout = positive(timeout, "attemptTimeout");
    return this;
  }

  /**
   * How long a schema change (DDL) waits for every node to agree on the new schema before its
   * result is returned; zero disables the wait. Default 10 s.
   */
  public SessionBuilder schemaAgreementTimeout(Duration timeout) {
    this.schemaAgreementTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  /** Orders the nodes each request tries. Default {@link DefaultLoadBalancingPolicy}. */
  public SessionBuilder loadBalancingPolicy(LoadBalancingPolicy policy) {
    this.loadBalancingPolicy = Objects.requireNonNull(policy);
    return this;
  }

  /** Decides retries. Default {@link DefaultRetryPolicy}. */
  public SessionBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy);
    return this;
  }

  /** Decides speculative executions of idempotent statements. Default: none. */
  public SessionBuilder speculativeExecutionPolicy(SpeculativeExecutionPolicy policy) {
    this.speculativeExecutionPolicy = Objects.requireNonNull(policy);
    return this;
  }

  /** Spaces reconnection attempts. Default {@link ExponentialReconnectionPolicy} (1 s to 60 s). */
  public SessionBuilder reconnectionPolicy(ReconnectionPolicy policy) {
    this.reconnectionPolicy = Objects.requireNonNull(policy);
    return this;
  }

  /** Adds a listener told when nodes are added, removed, go down or come up. */
  public SessionBuilder addNodeStateListener(NodeStateListener listener) {
    this.nodeStateListeners.add(Objects.requireNonNull(listener));
    return this;
  }

  /**
   * Encrypts connections with TLS, using the JDK's {@code SSLEngine} from {@code context} (its
   * trust managers check the nodes' certificates; its key managers, if any, give the client
   * certificate for mutual TLS). Node certificates must match the address connected to, unless
   * {@link #hostnameVerification(boolean)} turns that check off.
   */
  public SessionBuilder sslContext(SSLContext context) {
    this.sslContext = Objects.requireNonNull(context);
    return this;
  }

  /**
   * Connects to a cloud database (such as DataStax Astra) with its secure connect bundle: the
   * bundle is read and checked now; {@link #build()} then asks the bundle's metadata service (over
   * mutual TLS, within {@link #connectTimeout}) for the SNI proxy, the local data center and the
   * nodes' host ids, and every connection goes through that proxy with TLS, its server name set to
   * the node's host id. The bundle also gives the TLS context and, if it names them, the keyspace
   * and local data center (an explicit {@link #keyspace} or {@link #localDatacenter} wins). Not to
   * be combined with contact points or {@link #sslContext}.
   *
   * @throws io.sibyl.driver.cloud.SecureConnectBundleException if the bundle is missing an entry,
   *     malformed, or holds an expired certificate
   */
  public SessionBuilder cloudSecureConnectBundle(Path bundle) {
    this.cloudBundle = SecureConnectBundle.read(bundle);
    return this;
  }

  /**
   * Like {@link #cloudSecureConnectBundle(Path)}, with the bundle read from {@code bundle}.
   *
   * @throws io.sibyl.driver.cloud.SecureConnectBundleException if the bundle cannot be read or used
   */
  public SessionBuilder cloudSecureConnectBundle(URL bundle) {
    this.cloudBundle = SecureConnectBundle.read(bundle);
    return this;
  }

  /**
   * Like {@link #cloudSecureConnectBundle(Path)}, with the bundle read from {@code bundle} (read to
   * its end, not closed).
   *
   * @throws io.sibyl.driver.cloud.SecureConnectBundleException if the bundle cannot be used
   */
  public SessionBuilder cloudSecureConnectBundle(InputStream bundle) {
    this.cloudBundle = SecureConnectBundle.read(bundle, "(input stream)");
    return this;
  }

  /**
   * Bounds the requests in flight: up to {@code maxConcurrent} run at once, up to {@code maxQueued}
   * more wait, and the rest fail at once with {@code RequestThrottlingException}. Default 10,000
   * and 10,000.
   */
  public SessionBuilder throttle(int maxConcurrent, int maxQueued) {
    if (maxConcurrent < 1 || maxQueued < 0) {
      throw new IllegalArgumentException("Need maxConcurrent >= 1 and maxQueued >= 0");
    }
    this.maxConcurrentRequests = maxConcurrent;
    this.maxQueuedRequests = maxQueued;
    return this;
  }

  /** Registers a named execution profile, for statements to choose with withExecutionProfile. */
  public SessionBuilder executionProfile(String name, ExecutionProfile profile) {
    executionProfiles.put(Objects.requireNonNull(name), Objects.requireNonNull(profile));
    return this;
  }

  /**
   * Whether the warnings the server attaches to responses (tombstones scanned, aggregation without
   * a partition key, large batches...) are logged at WARN: once per distinct warning per statement
   * text, at most ten lines a second. Default true. They are on every result's {@link
   * ExecutionInfo#warnings()} either way.
   */
  public SessionBuilder logServerWarnings(boolean log) {
    this.logServerWarnings = log;
    return this;
  }

  /**
   * The socket transport of the session's connections. {@link Transport#AUTO} (the default) uses
   * Linux epoll where Netty's native library loads (Linux x86_64 with the driver's dependencies),
   * which costs less CPU per request than NIO, and NIO elsewhere; {@link Transport#NIO} forces NIO;
   * {@link Transport#EPOLL} forces epoll and fails the session's start where it cannot load. The
   * session logs the transport it uses when it starts, and {@link Session#transport()} tells it.
   */
  public SessionBuilder transport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return this;
  }

  /**
   * Whether a statement prepared for the first time is also prepared on every other node up front
   * (so the first execution there does not pay an UNPREPARED round trip). Default true.
   */
  public SessionBuilder prepareOnAllNodes(boolean prepare) {
    this.prepareOnAllNodes = prepare;
    return this;
  }

  /**
   * Reads and refreshes the schema metadata of these keyspaces only: the control connection's
   * {@code system_schema} queries ask for them alone, schema-change events on other keyspaces are
   * ignored, and {@link Session#metadata()} shows only them. On a node with many unrelated tables
   * this makes the session start and each refresh cheaper. Tables created later in a chosen
   * keyspace appear as usual. Token-aware routing keeps working for every keyspace (each keyspace's
   * replication is still read), though a keyspace created outside the chosen ones after the session
   * started is routed by token only after the next refresh. Default: every keyspace.
   *
   * @param keyspaces the keyspace names as Cassandra stores them (unquoted, case-sensitive)
   */
  public SessionBuilder schemaMetadata(String... keyspaces) {
    this.schemaScope = SchemaScope.of(List.of(keyspaces));
    return this;
  }

  /**
   * Reads no keyspace's schema metadata at start, and each keyspace once it is asked for: by {@link
   * io.sibyl.driver.metadata.Metadata#keyspace(String)} (which then waits for the read), by {@link
   * Session#includeSchemaMetadata}, or by a mapper built on the session (for its entities'
   * keyspaces). From then on the keyspace is kept up to date like with {@link
   * #schemaMetadata(String...)}; schema changes in other keyspaces are ignored. {@link
   * io.sibyl.driver.metadata.Metadata#keyspaces()} shows the keyspaces read so far. Nodes, the
   * token map and token-aware routing work as usual.
   */
  public SessionBuilder schemaMetadataOnDemand() {
    this.schemaScope = SchemaScope.ON_DEMAND;
    return this;
  }

  /**
   * Whether to read schema metadata at all. Off, the session reads no tables, columns, types or
   * indexes, {@link Session#metadata()} shows no keyspace, and only keyspace-level schema changes
   * cause a (small) refresh; nodes, the token map and token-aware routing work as usual. Default
   * true; true again restores every keyspace.
   */
  public SessionBuilder schemaMetadataEnabled(boolean enabled) {
    this.schemaScope = enabled ? SchemaScope.ALL : SchemaScope.NONE;
    return this;
  }

  /**
   * The secret key that signs and checks {@link PagingToken}s, so that every session given the same
   * key (several instances of one application, say) resumes the others' tokens. Default: a random
   * key per session, so a token only resumes in the session that issued it. Keep it secret: whoever
   * has it can forge tokens. The array is copied.
   *
   * @param key at least 16 bytes; 32 random bytes are best
   * @throws IllegalArgumentException if the key is null or shorter than 16 bytes
   */
  public SessionBuilder pagingTokenKey(byte[] key) {
    if (key == null || key.length < PagingTokenSigner.MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "pagingTokenKey needs at least "
              + PagingTokenSigner.MIN_KEY_LENGTH
              + " bytes (32 random bytes are best), got "
              + (key == null ? "null" : key.length + " bytes"));
    }
    this.pagingTokenKey = key.clone();
    return this;
  }

  /** Adds a tracker told of each request's outcome (the session's metrics are always kept). */
  public SessionBuilder addRequestTracker(RequestTracker tracker) {
    this.requestTrackers.add(Objects.requireNonNull(tracker));
    return this;
  }

  /** Whether TLS checks that a node's certificate matches its address. Default true. */
  public SessionBuilder hostnameVerification(boolean verify) {
    this.hostnameVerification = verify;
    return this;
  }

  /** Requests in flight per connection, a multiple of 64 up to 32768. Default 32768. */
  public SessionBuilder maxRequestsPerConnection(int requests) {
    if (requests < 64 || requests > 32768 || requests % 64 != 0) {
      throw new IllegalArgumentException(
          "maxRequestsPerConnection must be a multiple of 64 between 64 and 32768");
    }
    this.maxRequestsPerConnection = requests;
    return this;
  }

  /**
   * Idle time after which a connection is checked with a heartbeat; zero disables. Default 30 s.
   */
  public SessionBuilder heartbeatInterval(Duration interval) {
    this.heartbeatInterval = Objects.requireNonNull(interval);
    return this;
  }

  /** The largest frame accepted from a node, in bytes. Default 256 MiB. */
  public SessionBuilder maxFrameLength(int bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("maxFrameLength must be at least 1024 bytes");
    }
    this.maxFrameLength = bytes;
    return this;
  }

  /** The codec registry that converts values. Default {@link CodecRegistry#DEFAULT}. */
  public SessionBuilder codecRegistry(CodecRegistry registry) {
    this.codecs = Objects.requireNonNull(registry);
    return this;
  }

  /** Adds codecs for the application's own types to the registry. */
  public SessionBuilder addCodecs(TypeCodec<?>... userCodecs) {
    this.codecs = codecs.withCodecs(userCodecs);
    return this;
  }

  /**
   * Applies the {@code sibyl.*} entries of {@code properties} (other keys are ignored), for
   * configuration kept outside code. The keys are listed in docs/driver/connecting.md, for example
   * {@code sibyl.contact-points=10.0.0.1:9042,10.0.0.2}, {@code sibyl.local-datacenter=dc1}, {@code
   * sibyl.request-timeout=5s}, {@code sibyl.consistency=LOCAL_QUORUM}. Settings made later on this
   * builder win over earlier ones.
   *
   * @throws IllegalArgumentException for an unknown {@code sibyl.} key or a value that does not
   *     parse (the message names the key, never the value)
   */
  public SessionBuilder withConfig(Properties properties) {
    Map<String, String> config = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      config.put(name, properties.getProperty(name));
    }
    ConfigProperties.apply(this, config, "the given properties");
    return this;
  }

  /**
   * Applies the {@code sibyl.*} entries of a properties file; see {@link #withConfig(Properties)}.
   *
   * @throws IllegalArgumentException if the file cannot be read, or as {@link
   *     #withConfig(Properties)}
   */
  public SessionBuilder withConfig(Path propertiesFile) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read the configuration file " + propertiesFile + ": " + e.getMessage(), e);
    }
    Map<String, String> config = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      config.put(name, properties.getProperty(name));
    }
    ConfigProperties.apply(this, config, propertiesFile.toString());
    return this;
  }

  /**
   * Applies configuration from the process's environment, for twelve-factor apps: first the
   * environment variables ({@code SIBYL_CONTACT_POINTS}, {@code SIBYL_LOCAL_DC}, {@code
   * SIBYL_KEYSPACE}, {@code SIBYL_USERNAME}, {@code SIBYL_PASSWORD}, and {@code SIBYL_<KEY>} for
   * every other key, e.g. {@code SIBYL_REQUEST_TIMEOUT}), then the system properties with the same
   * keys as {@link #withConfig(Properties)} ({@code -Dsibyl.request-timeout=5s}), which win.
   * Variables and properties that are not set leave this builder's settings alone.
   */
  public SessionBuilder withEnvironment() {
    ConfigProperties.apply(
        this, ConfigProperties.fromEnvironment(System.getenv()), "the environment variables");
    ConfigProperties.apply(
        this,
        ConfigProperties.fromSystemProperties(System.getProperties()),
        "the system properties");
    return this;
  }

  /**
   * Connects, waiting until the session is ready.
   *
   * @throws DriverException with a message naming each contact point and what went wrong there
   */
  public Session build() {
    CompletionStage<Session> connecting = buildAsync();
    try {
      return connecting.toCompletableFuture().join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DriverException driverError) {
        throw driverError;
      }
      throw new DriverException("Could not build the session: " + cause, cause);
    }
  }

  /**
   * Connects asynchronously. With a {@linkplain #cloudSecureConnectBundle(Path) secure connect
   * bundle}, the metadata service is asked first; its failures complete the stage with {@link
   * io.sibyl.driver.cloud.CloudMetadataException}.
   */
  public CompletionStage<Session> buildAsync() {
    if (cloudBundle != null) {
      if (!contactPoints.isEmpty() || sslContext != null) {
        throw new IllegalStateException(
            "A secure connect bundle gives the contact points and the TLS context: do not set"
                + " contactPoints or sslContext with cloudSecureConnectBundle");
      }
      SecureConnectBundle bundle = cloudBundle;
      return CloudMetadataClient.fetch(bundle, connectTimeout)
          .thenCompose(
              info ->
                  connector.apply(
                      config(
                          info.hostIds().stream()
                              .map(
                                  id ->
                                      InetSocketAddress.createUnresolved(
                                          id.toString(), info.sniProxy().getPort()))
                              .toList(),
                          firstNonNull(
                              localDatacenter, bundle.localDatacenter(), info.localDatacenter()),
                          keyspace != null ? keyspace : bundle.keyspace(),
                          bundle.sslContext(),
                          false,
                          new CloudProxy(bundle, resolve(info.sniProxy()), connectTimeout))));
    }
    List<InetSocketAddress> points =
        contactPoints.isEmpty()
            ? List.of(new InetSocketAddress("127.0.0.1", DEFAULT_PORT))
            : List.copyOf(contactPoints);
    return connector.apply(
        config(points, localDatacenter, keyspace, sslContext, hostnameVerification, null));
  }

  // Resolved once, here (off the I/O threads), rather than at every connection.
  private static InetSocketAddress resolve(InetSocketAddress proxy) {
    InetSocketAddress resolved = new InetSocketAddress(proxy.getHostString(), proxy.getPort());
    if (resolved.isUnresolved()) {
      throw new io.sibyl.driver.cloud.CloudMetadataException(
          "The SNI proxy "
              + proxy.getHostString()
              + ":"
              + proxy.getPort()
              + " that the cloud metadata service named does not resolve; check DNS");
    }
    return resolved;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private SessionConfig config(
      List<InetSocketAddress> points,
      String localDatacenter,
      String keyspace,
      SSLContext sslContext,
      boolean hostnameVerification,
      CloudProxy sniProxy) {
    return new SessionConfig(
        points,
        addressTranslator,
        localDatacenter,
        keyspace,
        authProvider,
        protocolVersion,
        compression,
        connectTimeout,
        requestTimeout,
        timestampGenerator,
        attemptTimeout,
        consistency,
        serialConsistency,
        pageSize,
        idempotent,
        connectionsPerNode,
        remoteConnectionsPerNode,
        maxRequestsPerConnection,
        heartbeatInterval,
        maxFrameLength,
        schemaAgreementTimeout,
        codecs,
        loadBalancingPolicy != null ? loadBalancingPolicy : new DefaultLoadBalancingPolicy(),
        retryPolicy,
        speculativeExecutionPolicy,
        reconnectionPolicy,
        List.copyOf(nodeStateListeners),
        sslContext,
        hostnameVerification,
        maxConcurrentRequests,
        maxQueuedRequests,
        List.copyOf(requestTrackers),
        Map.copyOf(executionProfiles),
        prepareOnAllNodes,
        logServerWarnings,
        List.copyOf(contactPointNames),
        schemaScope,
        pagingTokenKey == null ? null : pagingTokenKey.clone(),
        sniProxy,
        transport);
  }

  private void addResolved(String entry) {
    String host = entry;
    int port = DEFAULT_PORT;
    if (entry.startsWith("[")) {
      int close = entry.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("Malformed contact point (missing ']'): " + entry);
      }
      host = entry.substring(1, close);
      if (entry.length() > close + 1) {
        port = parsePort(entry, entry.substring(close + 1).replaceFirst("^:", ""));
      }
    } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
      host = entry.substring(0, entry.indexOf(':'));
      port = parsePort(entry, entry.substring(entry.indexOf(':') + 1));
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        contactPoints.add(new InetSocketAddress(address, port));
      }
      contactPointNames.add(InetSocketAddress.createUnresolved(host, port));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Contact point host does not resolve: " + host, e);
    }
  }

  private static int parsePort(String entry, String text) {
    try {
      int port = Integer.parseInt(text);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Malformed port in contact point: " + entry);
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }
}
