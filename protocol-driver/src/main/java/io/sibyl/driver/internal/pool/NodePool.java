package io.sibyl.driver.internal.pool;

import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.ConnectionFactory;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.ReconnectionPolicy;
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
  private final ConnectionFactory factory;
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

  /** Creates the pool; {@link #init} opens its connections. */
  public NodePool(
      DefaultNode node,
      ConnectionFactory factory,
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
      adopt(first);
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
    return factory
        .open(node.address(), version, keyspace.get(), List.of(), event -> {})
        .whenComplete(
            (connection, error) -> {
              if (error == null) {
                adopt(connection);
              } else {
                LOG.debug("[{}] connection attempt failed: {}", node, error.getMessage());
              }
            });
  }

  private void adopt(Connection connection) {
    boolean cameUp;
    synchronized (this) {
      if (closed) {
        connection.close();
        return;
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

  /** Switches every open connection to {@code keyspace} (after a {@code USE} statement). */
  public void useKeyspace(String newKeyspace) {
    for (Connection connection : connections) {
      if (!newKeyspace.equals(connection.keyspace())) {
        connection
            .use(newKeyspace)
            .exceptionally(
                error -> {
                  LOG.warn("{} could not switch to keyspace {}", connection, newKeyspace, error);
                  return null;
                });
      }
    }
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

  /** Closes every connection; requests in flight fail. */
  public CompletableFuture<Void> close() {
    Connection[] current;
    synchronized (this) {
      closed = true;
      current = connections;
      if (pendingReconnect != null) {
        pendingReconnect.cancel(false);
      }
    }
    return CompletableFuture.allOf(
        Arrays.stream(current).map(Connection::close).toArray(CompletableFuture[]::new));
  }
}
