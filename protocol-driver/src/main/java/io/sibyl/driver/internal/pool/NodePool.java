package io.sibyl.driver.internal.pool;

import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.ConnectionFactory;
import io.sibyl.driver.metadata.NodeState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of a session to one node. Requests pick the least busy open connection without
 * locking (a volatile array, replaced on change). A connection that closes is replaced after an
 * exponential backoff with jitter; while none is open the node is DOWN.
 */
public final class NodePool {
  private static final Logger LOG = LoggerFactory.getLogger(NodePool.class);
  private static final Connection[] NONE = new Connection[0];
  private static final long BASE_DELAY_MS = 500;
  private static final long MAX_DELAY_MS = 30_000;

  private final DefaultNode node;
  private final ConnectionFactory factory;
  private final ProtocolVersion version;
  private final int size;
  private final Supplier<String> keyspace;
  private final EventLoopGroup scheduler;
  private volatile Connection[] connections = NONE;
  private volatile boolean closed;
  private int reconnectAttempts;
  private boolean reconnecting;

  /** Creates the pool; {@link #init} opens its connections. */
  public NodePool(
      DefaultNode node,
      ConnectionFactory factory,
      ProtocolVersion version,
      int size,
      Supplier<String> keyspace,
      EventLoopGroup scheduler) {
    this.node = node;
    this.factory = factory;
    this.version = version;
    this.size = size;
    this.keyspace = keyspace;
    this.scheduler = scheduler;
    node.pool(this);
  }

  /**
   * Opens the pool's connections, adopting {@code first} when given (the connection the session
   * negotiated with). Completes when all attempts ended; fails only if none succeeded.
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
                Throwable cause =
                    attempts.stream()
                        .filter(CompletableFuture::isCompletedExceptionally)
                        .map(f -> f.handle((c, e) -> e).join())
                        .findFirst()
                        .orElse(error);
                throw new java.util.concurrent.CompletionException(cause);
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
                scheduleReconnect();
              }
            });
  }

  private synchronized void adopt(Connection connection) {
    if (closed) {
      connection.close();
      return;
    }
    Connection[] next = Arrays.copyOf(connections, connections.length + 1);
    next[next.length - 1] = connection;
    connections = next;
    reconnectAttempts = 0;
    node.state(NodeState.UP);
    connection.closeFuture().thenRun(() -> onClosed(connection));
  }

  private void onClosed(Connection connection) {
    synchronized (this) {
      Connection[] current = connections;
      List<Connection> remaining = new ArrayList<>(Arrays.asList(current));
      if (!remaining.remove(connection)) {
        return;
      }
      connections = remaining.toArray(NONE);
      if (connections.length == 0 && !closed) {
        node.state(NodeState.DOWN);
      }
    }
    if (!closed) {
      LOG.debug("{} closed; the pool will replace it", connection);
      scheduleReconnect();
    }
  }

  private void scheduleReconnect() {
    long delay;
    synchronized (this) {
      if (closed || reconnecting || connections.length >= size) {
        return;
      }
      reconnecting = true;
      long exponential = BASE_DELAY_MS << Math.min(reconnectAttempts++, 16);
      long capped = Math.min(exponential, MAX_DELAY_MS);
      // Full jitter within [capped/2, capped]: nodes coming back together are not stormed.
      delay = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }
    scheduler.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
  }

  private void reconnect() {
    synchronized (this) {
      reconnecting = false;
      if (closed || connections.length >= size) {
        return;
      }
    }
    openOne()
        .thenRun(
            () -> {
              if (connections.length < size) {
                scheduleReconnect();
              }
            });
  }

  /** The least busy open connection, or null when none is open. */
  public Connection next() {
    Connection[] current = connections;
    Connection best = null;
    int bestLoad = Integer.MAX_VALUE;
    for (Connection connection : current) {
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
    }
    return CompletableFuture.allOf(
        Arrays.stream(current).map(Connection::close).toArray(CompletableFuture[]::new));
  }
}
