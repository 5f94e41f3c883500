package io.sibyl.driver.internal.pool;

import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.ReconnectionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of a session to one node. Requests pick the least busy open connection without
 * locking (a volatile array, replaced on change). A lost connection is replaced on the reconnection
 * policy's schedule; while none is open the node is DOWN, and it is UP again when one opens.
 * Cold-path state changes take the pool's monitor.
 */
public final class NodePool {
  private static final Logger LOG = LoggerFactory.getLogger(NodePool.class);
  private static final Connection[] NONE = new Connection[0];

  private final DefaultNode node;
  private final ConnectionOpener factory;
  private final ProtocolVersion version;
  private final int size;
  private final Supplier<String> keyspace;
  private final EventLoopGroup scheduler;
  private final ReconnectionPolicy reconnection;
  private final NodeStateListener listener;
  private volatile Connection[] connections = NONE;
  private volatile boolean closed;
  private ReconnectionPolicy.Schedule schedule;
  private io.netty.util.concurrent.ScheduledFuture<?> pendingReconnect;
  private boolean opening;
  // The time a keyspace switch may take; set by the last useKeyspace (the request timeout).
  private volatile Duration switchTimeout = Duration.ofSeconds(12);
  private final java.util.Set<CompletableFuture<Connection>> openings =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Creates the pool; {@link #init} opens its connections. */
  public NodePool(
      DefaultNode node,
      ConnectionOpener factory,
      ProtocolVersion version,
      int size,
      Supplier<String> keyspace,
      EventLoopGroup scheduler,
      ReconnectionPolicy reconnection,
      NodeStateListener listener) {
    this.node = node;
    this.factory = factory;
    this.version = version;
    this.size = size;
    this.keyspace = keyspace;
    this.scheduler = scheduler;
    this.reconnection = reconnection;
    this.listener = listener;
    node.pool(this);
  }

  /**
   * Opens the pool's connections, adopting {@code first} when given. Completes when every attempt
   * ended; fails only if none succeeded (the pool then keeps trying in the background).
   */
  public CompletableFuture<Void> init(Connection first) {
    List<CompletableFuture<Connection>> attempts = new ArrayList<>();
    if (first != null) {
      attempts.add(adoptInKeyspace(first));
    }
    for (int i = first == null ? 0 : 1; i < size; i++) {
      attempts.add(openOne());
    }
    return CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
        .handle(
            (ignored, error) -> {
              if (connections.length == 0) {
                markDown();
                scheduleReconnect();
                throw new CompletionException(error);
              }
              return null;
            });
  }

  private CompletableFuture<Connection> openOne() {
    CompletableFuture<Connection> attempt =
        factory
            .open(node.address(), version, keyspace.get(), List.of(), event -> {})
            .thenCompose(this::adoptInKeyspace)
            .whenComplete(
                (connection, error) -> {
                  if (error != null) {
                    LOG.debug("[{}] connection attempt failed: {}", node, error.getMessage());
                  }
                });
    // close() waits for the attempts still under way, so that none ends after the session closed.
    openings.add(attempt);
    attempt.whenComplete((connection, error) -> openings.remove(attempt));
    return attempt;
  }

  /**
   * Adopts a new connection once it uses the session's current keyspace: one opened before a {@code
   * USE} switched the session is switched first (else its requests would run in the old keyspace).
   */
  private CompletableFuture<Connection> adoptInKeyspace(Connection connection) {
    String wanted = adopt(connection);
    if (wanted == null) {
      return closed
          ? connection.close().thenApply(ignored -> connection)
          : CompletableFuture.completedFuture(connection);
    }
    return switchKeyspace(connection, wanted)
        .handle(
            (ignored, error) -> {
              if (error != null) {
                connection.close();
                return CompletableFuture.<Connection>failedFuture(error);
              }
              return adoptInKeyspace(connection);
            })
        .thenCompose(next -> next);
  }

  /**
   * Adds {@code connection} to the pool; returns null when done (or when the pool is closed: the
   * connection is then closed), else the keyspace it must switch to first.
   */
  private String adopt(Connection connection) {
    boolean cameUp;
    synchronized (this) {
      if (closed) {
        connection.close();
        return null;
      }
      String wanted = keyspace.get();
      if (wanted != null && !wanted.equals(connection.keyspace())) {
        return wanted;
      }
      Connection[] next = Arrays.copyOf(connections, connections.length + 1);
      next[next.length - 1] = connection;
      connections = next;
      schedule = null;
      cameUp = node.state() != NodeState.UP;
      node.state(NodeState.UP);
    }
    if (cameUp) {
      listener.onUp(node);
    }
    connection.closeFuture().thenRun(() -> onClosed(connection));
    return null;
  }

  private void onClosed(Connection connection) {
    boolean wentDown = false;
    synchronized (this) {
      List<Connection> remaining = new ArrayList<>(Arrays.asList(connections));
      if (!remaining.remove(connection)) {
        return;
      }
      connections = remaining.toArray(NONE);
      if (connections.length == 0 && !closed) {
        wentDown = node.state() != NodeState.DOWN;
        node.state(NodeState.DOWN);
      }
    }
    if (wentDown) {
      listener.onDown(node);
    }
    if (!closed) {
      LOG.debug("{} closed; the pool will replace it", connection);
      scheduleReconnect();
    }
  }

  private void markDown() {
    if (node.state() != NodeState.DOWN) {
      node.state(NodeState.DOWN);
      listener.onDown(node);
    }
  }

  private void scheduleReconnect() {
    long delay;
    synchronized (this) {
      if (closed || opening || pendingReconnect != null || connections.length >= size) {
        return;
      }
      if (schedule == null) {
        schedule = reconnection.newSchedule();
      }
      delay = schedule.nextDelay().toMillis();
      pendingReconnect = scheduler.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    }
    LOG.debug("[{}] reconnecting in {} ms", node, delay);
  }

  /** Tries to reconnect at once (the cluster said the node is up), skipping the backoff. */
  public void reconnectNow() {
    synchronized (this) {
      if (pendingReconnect != null) {
        pendingReconnect.cancel(false);
        pendingReconnect = null;
      }
    }
    reconnect();
  }

  private void reconnect() {
    int missing;
    synchronized (this) {
      pendingReconnect = null;
      missing = size - connections.length;
      if (closed || opening || missing <= 0) {
        return;
      }
      opening = true;
    }
    List<CompletableFuture<Connection>> attempts = new ArrayList<>();
    for (int i = 0; i < missing; i++) {
      attempts.add(openOne());
    }
    CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
        .whenComplete(
            (ignored, error) -> {
              synchronized (this) {
                opening = false;
              }
              scheduleReconnect();
            });
  }

  /** The least busy open connection, or null when none is open. */
  public Connection next() {
    Connection best = null;
    int bestLoad = Integer.MAX_VALUE;
    for (Connection connection : connections) {
      int load = connection.inFlight();
      if (load < bestLoad && connection.isOpen()) {
        best = connection;
        bestLoad = load;
      }
    }
    return best;
  }

  /**
   * Switches every open connection to {@code newKeyspace} (after a {@code USE} statement; the
   * session's keyspace supplier already gives it, so connections opened from now on use it).
   * Completes when each connection switched, or was closed because it could not switch within
   * {@code timeout} (the pool replaces it, in the new keyspace): never with an error.
   */
  public CompletableFuture<Void> useKeyspace(String newKeyspace, Duration timeout) {
    switchTimeout = timeout;
    Connection[] current;
    synchronized (this) {
      // Under the monitor: a connection adopted after this snapshot checks the keyspace itself.
      current = connections;
    }
    List<CompletableFuture<Void>> switches = new ArrayList<>();
    for (Connection connection : current) {
      if (newKeyspace.equals(connection.keyspace())) {
        continue;
      }
      CompletableFuture<Void> switched = switchKeyspace(connection, newKeyspace);
      switches.add(
          switched.handle(
              (ignored, error) -> {
                if (error != null) {
                  LOG.warn(
                      "{} could not switch to keyspace {}, closing it (the pool replaces it): {}",
                      connection,
                      newKeyspace,
                      error.getMessage());
                  connection.close();
                }
                return null;
              }));
    }
    return CompletableFuture.allOf(switches.toArray(CompletableFuture[]::new));
  }

  /** {@code USE newKeyspace} on one connection, failed if not confirmed within the timeout. */
  private CompletableFuture<Void> switchKeyspace(Connection connection, String newKeyspace) {
    CompletableFuture<Void> switched = connection.use(newKeyspace);
    long millis = switchTimeout.toMillis();
    io.netty.util.concurrent.ScheduledFuture<?> expiry =
        scheduler.schedule(
            () ->
                switched.completeExceptionally(
                    new io.sibyl.driver.error.DriverTimeoutException(
                        connection
                            + " did not switch to keyspace "
                            + newKeyspace
                            + " within "
                            + millis
                            + " ms")),
            millis,
            TimeUnit.MILLISECONDS);
    switched.whenComplete((ignored, error) -> expiry.cancel(false));
    return switched;
  }

  /** The node this pool connects to. */
  public DefaultNode node() {
    return node;
  }

  /** Open connections. */
  public int openConnections() {
    return connections.length;
  }

  /** Requests in flight over all connections. */
  public int inFlight() {
    int total = 0;
    for (Connection connection : connections) {
      total += connection.inFlight();
    }
    return total;
  }

  /**
   * Closes every connection; requests in flight fail. Completes once the connections are closed,
   * including those that were still opening (each is closed as soon as it opens or fails).
   */
  public CompletableFuture<Void> close() {
    Connection[] current;
    synchronized (this) {
      closed = true;
      current = connections;
      if (pendingReconnect != null) {
        pendingReconnect.cancel(false);
      }
    }
    List<CompletableFuture<?>> closing = new ArrayList<>();
    Arrays.stream(current).map(Connection::close).forEach(closing::add);
    for (CompletableFuture<Connection> attempt : openings) {
      closing.add(attempt.handle((connection, error) -> null));
    }
    return CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new));
  }
}
