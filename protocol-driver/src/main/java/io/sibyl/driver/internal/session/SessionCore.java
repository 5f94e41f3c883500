package io.sibyl.driver.internal.session;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.HashedWheelTimer;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.QueryValidationException;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.ConnectionFactory;
import io.sibyl.driver.internal.connection.ConnectionOptions;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running parts of a session: its threads, timer, connection factory and node pools. The public
 * {@code Session} is a thin API over it.
 */
public final class SessionCore {
  private static final Logger LOG = LoggerFactory.getLogger(SessionCore.class);
  private static final AtomicInteger SESSION_IDS = new AtomicInteger();

  private final String name;
  private final SessionConfig config;
  private final EventLoopGroup group;
  private final HashedWheelTimer timer;
  private final ConnectionFactory factory;
  private final Map<InetSocketAddress, DefaultNode> nodes = new LinkedHashMap<>();
  private final AtomicInteger roundRobin = new AtomicInteger();
  private volatile DefaultNode[] plan = new DefaultNode[0];
  private volatile ProtocolVersion version;
  private volatile String keyspace;
  private volatile boolean closed;

  private SessionCore(SessionConfig config) {
    this.name = "s" + SESSION_IDS.getAndIncrement();
    this.config = config;
    this.group =
        new MultiThreadIoEventLoopGroup(
            0, new DriverThreads("sibyl-" + name + "-io"), NioIoHandler.newFactory());
    this.timer =
        new HashedWheelTimer(
            new DriverThreads("sibyl-" + name + "-timer"), 10, TimeUnit.MILLISECONDS);
    this.factory =
        new ConnectionFactory(
            group,
            new ConnectionOptions(
                name,
                config.authProvider(),
                config.compression(),
                config.connectTimeout(),
                config.heartbeatInterval(),
                config.maxFrameLength(),
                config.maxRequestsPerConnection(),
                Math.max(1, config.maxRequestsPerConnection() / 4)));
    this.keyspace = config.keyspace();
  }

  /**
   * Connects a new session: tries the contact points in order until one completes the handshake
   * (which fixes the protocol version), then opens every contact point's pool.
   */
  public static CompletableFuture<SessionCore> connect(SessionConfig config) {
    if (config.compression()) {
      try {
        Compressor.lz4(); // fail before any thread is started
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    SessionCore core = new SessionCore(config);
    return core.connectFirst(0, new LinkedHashMap<>())
        .thenCompose(core::openPools)
        .whenComplete(
            (ready, error) -> {
              if (error != null) {
                core.close();
              }
            });
  }

  private CompletableFuture<Connection> connectFirst(
      int index, Map<InetSocketAddress, Throwable> errors) {
    List<InetSocketAddress> contactPoints = config.contactPoints();
    if (index >= contactPoints.size()) {
      return CompletableFuture.failedFuture(
          new AllNodesFailedException(
              "Could not connect to any contact point; check that Cassandra is running there"
                  + " and accepts CQL connections (native_transport_port):",
              errors));
    }
    InetSocketAddress address = contactPoints.get(index);
    return factory
        .open(address, config.protocolVersion(), keyspace, List.of(), event -> {})
        .handle(
            (connection, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(connection);
              }
              Throwable cause = unwrap(error);
              if (cause instanceof AuthenticationException
                  || cause instanceof QueryValidationException) {
                // Wrong credentials or an unknown keyspace: another node would say the same.
                return CompletableFuture.<Connection>failedFuture(cause);
              }
              errors.put(address, cause);
              return connectFirst(index + 1, errors);
            })
        .thenCompose(future -> future);
  }

  private CompletableFuture<SessionCore> openPools(Connection first) {
    version = first.protocolVersion();
    LOG.debug("[{}] connected to {} with protocol {}", name, first.address(), version);
    List<CompletableFuture<Void>> inits = new ArrayList<>();
    synchronized (nodes) {
      for (InetSocketAddress address : config.contactPoints()) {
        if (nodes.containsKey(address)) {
          continue;
        }
        DefaultNode node = new DefaultNode(address);
        nodes.put(address, node);
        NodePool pool =
            new NodePool(
                node, factory, version, config.connectionsPerNode(), () -> keyspace, group);
        CompletableFuture<Void> init = pool.init(address.equals(first.address()) ? first : null);
        inits.add(init.exceptionally(error -> null));
      }
      plan = nodes.values().toArray(new DefaultNode[0]);
    }
    return CompletableFuture.allOf(inits.toArray(CompletableFuture[]::new)).thenApply(v -> this);
  }

  /** The nodes to try for a new request, first choice first. */
  public DefaultNode[] queryPlan() {
    DefaultNode[] all = plan;
    int n = all.length;
    if (n <= 1) {
      return all;
    }
    DefaultNode[] ordered = new DefaultNode[n];
    int start = Math.floorMod(roundRobin.getAndIncrement(), n);
    int up = 0;
    int down = n;
    for (int i = 0; i < n; i++) {
      DefaultNode node = all[(start + i) % n];
      if (node.state() == NodeState.DOWN || !inLocalDatacenter(node)) {
        ordered[--down] = node;
      } else {
        ordered[up++] = node;
      }
    }
    return ordered;
  }

  private boolean inLocalDatacenter(DefaultNode node) {
    String local = config.localDatacenter();
    return local == null || node.datacenter() == null || local.equals(node.datacenter());
  }

  /** Every known node. */
  public List<DefaultNode> nodes() {
    synchronized (nodes) {
      return List.copyOf(nodes.values());
    }
  }

  /** Records that a {@code USE} statement switched the session's keyspace. */
  public void keyspaceChanged(String newKeyspace) {
    if (newKeyspace.equals(keyspace)) {
      return;
    }
    keyspace = newKeyspace;
    for (DefaultNode node : nodes()) {
      NodePool pool = node.pool();
      if (pool != null) {
        pool.useKeyspace(newKeyspace);
      }
    }
  }

  /** Fails fast when the session is closed. */
  public void checkOpen() {
    if (closed) {
      throw new SessionClosedException("Session " + name + " is closed");
    }
  }

  /** Closes every pool, then the threads. */
  public CompletableFuture<Void> close() {
    if (closed) {
      return CompletableFuture.completedFuture(null);
    }
    closed = true;
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    for (DefaultNode node : nodes()) {
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

  /** The session's name in logs, e.g. {@code s0}. */
  public String name() {
    return name;
  }

  /** The configuration. */
  public SessionConfig config() {
    return config;
  }

  /** The negotiated protocol version. */
  public ProtocolVersion protocolVersion() {
    return version;
  }

  /** The keyspace connections use, or null. */
  public String keyspace() {
    return keyspace;
  }

  /** The timer for request timeouts. */
  public HashedWheelTimer timer() {
    return timer;
  }

  /** The default request timeout. */
  public Duration requestTimeout() {
    return config.requestTimeout();
  }

  static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
