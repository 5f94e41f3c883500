package io.sibyl.driver.internal.session;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.HashedWheelTimer;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.SessionMetrics;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.error.UnknownDatacenterException;
import io.sibyl.driver.internal.cluster.ClusterMonitor;
import io.sibyl.driver.internal.cluster.DefaultTokenMap;
import io.sibyl.driver.internal.cluster.RoutingTokens;
import io.sibyl.driver.internal.connection.ConnectionFactory;
import io.sibyl.driver.internal.connection.ConnectionOptions;
import io.sibyl.driver.internal.connection.EndpointRouter;
import io.sibyl.driver.internal.connection.SniEndpointRouter;
import io.sibyl.driver.internal.connection.SocketTransport;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.request.DefaultSessionMetrics;
import io.sibyl.driver.internal.request.RequestThrottler;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.NodeDistance;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running parts of a session: its threads, timer, connection factory, the cluster monitor
 * (control connection, nodes, schema, token map) and one pool per node that the load-balancing
 * policy does not ignore. The public {@code Session} is a thin API over it.
 */
public final class SessionCore implements NodeStateListener, ClusterMonitor.Owner {
  private static final AtomicInteger SESSION_IDS = new AtomicInteger();

  private final String name;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionCore.class);

  private final SessionConfig config;
  private final SocketTransport transport;
  private final EventLoopGroup group;
  private final HashedWheelTimer timer;
  private final ConnectionFactory factory;
  private final ClusterMonitor cluster;
  private final RequestThrottler throttler;
  private final DefaultSessionMetrics metrics = new DefaultSessionMetrics();
  private final RequestTracker tracker;
  private final ServerWarningLog serverWarnings;
  private volatile java.util.function.Consumer<DefaultNode> nodeUpHook = node -> {};
  private volatile ProtocolVersion version;
  private volatile String keyspace;
  private volatile CompletableFuture<Void> keyspaceSwitch = CompletableFuture.completedFuture(null);
  private volatile boolean closed;

  private SessionCore(SessionConfig config, SocketTransport transport, RowDecoder decoder) {
    this.name = "s" + SESSION_IDS.getAndIncrement();
    this.config = config;
    this.transport = transport;
    if (transport.fallbackReason() == null) {
      LOG.info("Session {} uses the {} transport", name, transport.displayName());
    } else {
      LOG.info(
          "Session {} uses the nio transport (epoll cannot be used here: {})",
          name,
          transport.fallbackReason());
    }
    this.group =
        new MultiThreadIoEventLoopGroup(
            0, new DriverThreads("sibyl-" + name + "-io"), transport.ioHandlers());
    this.timer =
        new HashedWheelTimer(
            new DriverThreads("sibyl-" + name + "-timer"), 10, TimeUnit.MILLISECONDS);
    this.factory =
        new ConnectionFactory(
            group,
            transport.channelClass(),
            new ConnectionOptions(
                name,
                config.authProvider(),
                config.compression(),
                config.connectTimeout(),
                config.heartbeatInterval(),
                config.maxFrameLength(),
                config.maxRequestsPerConnection(),
                Math.max(1, config.maxRequestsPerConnection() / 4),
                config.sslContext(),
                config.hostnameVerification(),
                config.sniProxy() == null
                    ? EndpointRouter.DIRECT
                    : new SniEndpointRouter(
                        config.sniProxy()::address,
                        config.sniProxy()::unreachable,
                        this::hostIdAt)));
    this.keyspace = config.keyspace();
    this.cluster = new ClusterMonitor(this, factory::open, decoder, group);
    this.throttler =
        new RequestThrottler(config.maxConcurrentRequests(), config.maxQueuedRequests());
    this.tracker =
        config.requestTrackers().isEmpty()
            ? metrics
            : new CompositeTracker(metrics, config.requestTrackers());
    this.serverWarnings = config.logServerWarnings() ? new ServerWarningLog() : null;
  }

  private java.util.UUID hostIdAt(InetSocketAddress address) {
    io.sibyl.driver.metadata.Node node = cluster == null ? null : cluster.nodeAt(address);
    return node == null ? null : node.hostId();
  }

  /** Logs the server's warnings on a response to {@code statementText}, unless turned off. */
  public void serverWarnings(String statementText, InetSocketAddress node, List<String> warnings) {
    if (serverWarnings != null && !warnings.isEmpty()) {
      serverWarnings.log(statementText, node, warnings);
    }
  }

  /**
   * Connects a new session: the control connection first (it fixes the protocol version and
   * discovers the nodes and the schema), then a pool per node, then {@code USE keyspace}.
   */
  public static CompletableFuture<SessionCore> connect(SessionConfig config, RowDecoder decoder) {
    if (config.compression()) {
      try {
        Compressor.lz4(); // fail before any thread is started
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    SocketTransport transport;
    try {
      transport = SocketTransport.resolve(config.transport());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    SessionCore core = new SessionCore(config, transport, decoder);
    CompletableFuture<SessionCore> started =
        core.cluster
            .init(config.contactPoints(), config.protocolVersion())
            .thenCompose(
                control -> {
                  core.version = control.protocolVersion();
                  return core.openPools();
                })
            .thenApply(ignored -> core);
    return StartBound.apply(started, config, core.timer)
        .whenComplete(
            (ready, error) -> {
              if (error != null) {
                core.close();
              }
            });
  }

  private CompletableFuture<Void> openPools() {
    UnknownDatacenterException wrongDatacenter = checkLocalDatacenter();
    if (wrongDatacenter != null) {
      return CompletableFuture.failedFuture(wrongDatacenter);
    }
    config.loadBalancingPolicy().init(List.copyOf(cluster.nodes()), cluster.localDatacenter());
    List<CompletableFuture<Void>> inits = new ArrayList<>();
    for (DefaultNode node : cluster.nodes()) {
      inits.add(openPool(node).exceptionally(error -> null));
    }
    return CompletableFuture.allOf(inits.toArray(CompletableFuture[]::new))
        .thenCompose(ignored -> checkKeyspace());
  }

  /**
   * The configured local data center must be one that a discovered node is in: otherwise the
   * load-balancing policy would ignore every node and each request would fail with no node to try.
   */
  private UnknownDatacenterException checkLocalDatacenter() {
    String configured = config.localDatacenter();
    if (configured == null || cluster.nodes().isEmpty()) {
      return null;
    }
    Set<String> found = new TreeSet<>();
    for (DefaultNode node : cluster.nodes()) {
      if (configured.equals(node.datacenter())) {
        return null;
      }
      if (node.datacenter() != null) {
        found.add(node.datacenter());
      }
    }
    return new UnknownDatacenterException(configured, found, cluster.nodes().size());
  }

  /** Fails the session's start with the server's error when its keyspace does not exist. */
  private CompletableFuture<Void> checkKeyspace() {
    if (keyspace == null) {
      return CompletableFuture.completedFuture(null);
    }
    return cluster.checkKeyspace(keyspace);
  }

  private CompletableFuture<Void> openPool(DefaultNode node) {
    NodeDistance distance = config.loadBalancingPolicy().distance(node);
    if (distance == NodeDistance.IGNORED) {
      return CompletableFuture.completedFuture(null);
    }
    int size =
        distance == NodeDistance.LOCAL
            ? config.connectionsPerNode()
            : config.remoteConnectionsPerNode();
    NodePool pool =
        new NodePool(
            node,
            factory::open,
            version,
            size,
            () -> keyspace,
            group,
            config.reconnectionPolicy(),
            this);
    return pool.init(null);
  }

  // --- node events (from pools and the cluster monitor) ------------------------------------

  @Override
  public void onAdd(Node node) {
    DefaultNode added = (DefaultNode) node;
    config.loadBalancingPolicy().onAdd(added);
    config.nodeStateListeners().forEach(listener -> listener.onAdd(added));
    if (version != null && !closed) {
      openPool(added);
    }
  }

  @Override
  public void onRemove(Node node) {
    DefaultNode removed = (DefaultNode) node;
    removed.state(NodeState.DOWN);
    if (removed.pool() != null) {
      removed.pool().close();
    }
    config.loadBalancingPolicy().onRemove(removed);
    config.nodeStateListeners().forEach(listener -> listener.onRemove(removed));
  }

  /** Sets what to do when a node comes (back) up, e.g. prepare the session's statements there. */
  public void onNodeUp(java.util.function.Consumer<DefaultNode> hook) {
    this.nodeUpHook = hook;
  }

  @Override
  public void onUp(Node node) {
    nodeUpHook.accept((DefaultNode) node);
    config.loadBalancingPolicy().onUp(node);
    config.nodeStateListeners().forEach(listener -> listener.onUp(node));
  }

  @Override
  public void onDown(Node node) {
    config.loadBalancingPolicy().onDown(node);
    config.nodeStateListeners().forEach(listener -> listener.onDown(node));
  }

  /** The cluster reported a node up: try its pool now rather than at the next backoff. */
  public void reconnectNow(DefaultNode node) {
    NodePool pool = node.pool();
    if (pool != null) {
      pool.reconnectNow();
    }
  }

  /** A node moved to another address: its pool is replaced. */
  public void onMoved(DefaultNode node) {
    NodePool pool = node.pool();
    if (pool != null) {
      pool.close();
    }
    openPool(node);
  }

  // --- requests ----------------------------------------------------------------------------

  /**
   * Whether query plans put a statement's replicas first, so that its routing key is worth
   * computing: the cluster has a token map and more than one node (with a single node every plan is
   * that node).
   */
  public boolean routesByToken() {
    DefaultTokenMap tokens = cluster.tokenMap();
    return tokens != null && tokens.nodeCount() > 1;
  }

  /**
   * The nodes to try for a statement, first choice first: the load-balancing policy's plan, given
   * the replicas of the statement's partition when they can be computed.
   */
  public List<Node> queryPlan(
      Statement<?> statement, ByteBuffer routingKey, String routingKeyspace) {
    List<Node> replicas = List.of();
    DefaultTokenMap tokens = cluster.tokenMap();
    // With a single node every plan is that node: no token to compute.
    if (routingKey != null && routingKeyspace != null && tokens != null && tokens.nodeCount() > 1) {
      replicas = tokens.replicas(routingKeyspace, routingKey);
    } else if (routingKey == null && tokens != null && tokens.nodeCount() > 1) {
      replicas = RoutingTokens.replicas(tokens, statement, routingKeyspace, keyspace);
    }
    return config.loadBalancingPolicy().newQueryPlan(statement, replicas);
  }

  /**
   * Records that a {@code USE} statement switched the session's keyspace, and switches every pool
   * connection; {@link #keyspaceSwitched} completes when they all use it.
   */
  public void keyspaceChanged(String newKeyspace) {
    if (newKeyspace.equals(keyspace) && keyspaceSwitch.isDone()) {
      return;
    }
    keyspace = newKeyspace; // connections opened from now on use it
    List<CompletableFuture<Void>> switches = new ArrayList<>();
    for (DefaultNode node : cluster.nodes()) {
      NodePool pool = node.pool();
      if (pool != null) {
        switches.add(pool.useKeyspace(newKeyspace, config.requestTimeout()));
      }
    }
    keyspaceSwitch = CompletableFuture.allOf(switches.toArray(CompletableFuture[]::new));
  }

  /**
   * Completes when every open pool connection uses the keyspace of the last {@code USE} (or was
   * closed because it could not switch); a {@code USE} statement completes only then, so the
   * statements that follow it run in its keyspace on any connection.
   */
  public CompletableFuture<Void> keyspaceSwitched() {
    return keyspaceSwitch;
  }

  /** Fails fast when the session is closed. */
  public void checkOpen() {
    if (closed) {
      throw new SessionClosedException("Session " + name + " is closed");
    }
  }

  /** Closes every pool and the control connection, then the threads. */
  public CompletableFuture<Void> close() {
    if (closed) {
      return CompletableFuture.completedFuture(null);
    }
    closed = true;
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    closing.add(cluster.close());
    for (DefaultNode node : cluster.nodes()) {
      if (node.pool() != null) {
        closing.add(node.pool().close());
      }
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
        .whenComplete(
            (ignored, error) -> {
              timer.stop();
              group
                  .shutdownGracefully(0, 2, TimeUnit.SECONDS)
                  .addListener(f -> done.complete(null));
            });
    return done;
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** The transport the session's connections use: {@code NIO} or {@code EPOLL}. */
  public io.sibyl.driver.Transport transport() {
    return transport.transport();
  }

  /** The session's name in logs, e.g. {@code s0}. */
  public String name() {
    return name;
  }

  /** The configuration. */
  public SessionConfig config() {
    return config;
  }

  /** The cluster monitor: nodes, schema, token map. */
  public ClusterMonitor cluster() {
    return cluster;
  }

  /** The negotiated protocol version. */
  public ProtocolVersion protocolVersion() {
    return version;
  }

  /** The keyspace connections use, or null. */
  public String keyspace() {
    return keyspace;
  }

  /** The timer for request timeouts and speculative executions. */
  public HashedWheelTimer timer() {
    return timer;
  }

  /** The retry policy for a statement: its execution profile's, else the session's. */
  public RetryPolicy retryPolicy(Statement<?> statement) {
    String profile = statement.executionProfile();
    if (profile != null && config.profile(profile).retryPolicy() != null) {
      return config.profile(profile).retryPolicy();
    }
    return config.retryPolicy();
  }

  /** The speculative execution policy for a statement: its profile's, else the session's. */
  public SpeculativeExecutionPolicy speculativeExecutionPolicy(Statement<?> statement) {
    String profile = statement.executionProfile();
    if (profile != null && config.profile(profile).speculativeExecutionPolicy() != null) {
      return config.profile(profile).speculativeExecutionPolicy();
    }
    return config.speculativeExecutionPolicy();
  }

  /** The throttle that bounds the requests in flight. */
  public RequestThrottler throttler() {
    return throttler;
  }

  /** Told of every request's outcome: the session's metrics, then the user's trackers. */
  public RequestTracker tracker() {
    return tracker;
  }

  /** The session's metrics, as the public API shows them. */
  public SessionMetrics metrics() {
    return metrics.view(
        throttler, () -> cluster.nodes().stream().mapToInt(DefaultNode::openConnections).sum());
  }

  /** The default request timeout. */
  public Duration requestTimeout() {
    return config.requestTimeout();
  }
}
