package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.AddressTranslator;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.QueryValidationException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.pool.ConnectionOpener;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.session.RowDecoder;
import io.sibyl.driver.internal.util.ErrorMapper;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's dedicated connection for cluster information: it reads {@code system.local}, {@code
 * system.peers_v2} (or {@code system.peers} on older nodes) and {@code system_schema}, and receives
 * the cluster's TOPOLOGY_CHANGE, STATUS_CHANGE and SCHEMA_CHANGE events. It carries no user
 * request.
 */
public final class ControlConnection {
  private static final Logger LOG = LoggerFactory.getLogger(ControlConnection.class);
  static final List<String> EVENTS =
      List.of(Event.TOPOLOGY_CHANGE, Event.STATUS_CHANGE, Event.SCHEMA_CHANGE);

  private final ConnectionOpener opener;
  private final RowDecoder decoder;
  private final Consumer<Event> events;
  private final ScheduledExecutorService scheduler;
  private final Duration timeout;
  private final AddressTranslator translator;
  private volatile Connection connection;
  private volatile boolean peersV2 = true;
  private volatile boolean closed;

  /**
   * Creates a control connection that reports events to {@code events}.
   *
   * @param scheduler runs the query timeouts
   * @param timeout the time each control query (and the set-up of a new connection's {@code USE})
   *     may take; on expiry the connection is closed, which makes its owner fail over
   * @param translator maps the peers' advertised addresses to the addresses to dial
   */
  public ControlConnection(
      ConnectionOpener opener,
      RowDecoder decoder,
      Consumer<Event> events,
      ScheduledExecutorService scheduler,
      Duration timeout,
      AddressTranslator translator) {
    this.opener = opener;
    this.decoder = decoder;
    this.events = events;
    this.scheduler = scheduler;
    this.timeout = timeout;
    this.translator = translator;
  }

  /**
   * Connects to the first of {@code candidates} that completes the handshake and then {@code setUp}
   * (the first reads of the system tables). A candidate whose set-up fails (an error, a query
   * timeout) is closed at once and the next one is tried: no half-initialized connection is left
   * open.
   *
   * @param version the protocol version, or null to negotiate
   */
  public CompletableFuture<Connection> connect(
      List<InetSocketAddress> candidates,
      ProtocolVersion version,
      Function<Connection, CompletableFuture<?>> setUp) {
    return connect(candidates, 0, version, setUp, new LinkedHashMap<>());
  }

  private CompletableFuture<Connection> connect(
      List<InetSocketAddress> candidates,
      int index,
      ProtocolVersion version,
      Function<Connection, CompletableFuture<?>> setUp,
      Map<InetSocketAddress, Throwable> errors) {
    if (closed) {
      return CompletableFuture.failedFuture(
          new ConnectionException("The session was closed while connecting"));
    }
    if (index >= candidates.size()) {
      return CompletableFuture.failedFuture(
          new AllNodesFailedException(
              "Could not connect to any node; check that Cassandra is running there and accepts"
                  + " CQL connections (native_transport_port), and that no firewall or proxy"
                  + " drops the traffic:",
              errors));
    }
    InetSocketAddress address = candidates.get(index);
    return opener
        .open(address, version, null, EVENTS, events)
        .thenCompose(
            opened -> {
              connection = opened;
              CompletableFuture<?> ready;
              try {
                ready = setUp.apply(opened);
              } catch (RuntimeException e) {
                ready = CompletableFuture.failedFuture(e);
              }
              return ready.handle(
                  (ignored, error) -> {
                    if (error != null || closed) {
                      opened.close();
                      throw new CompletionException(
                          error != null
                              ? unwrap(error)
                              : new ConnectionException("The session was closed while connecting"));
                    }
                    return opened;
                  });
            })
        .handle(
            (opened, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(opened);
              }
              Throwable cause = unwrap(error);
              if (cause instanceof AuthenticationException
                  || cause instanceof QueryValidationException) {
                return CompletableFuture.<Connection>failedFuture(cause);
              }
              errors.put(address, cause);
              return connect(candidates, index + 1, version, setUp, errors);
            })
        .thenCompose(future -> future);
  }

  /** The current connection, or null before the first connect. */
  public Connection connection() {
    return connection;
  }

  /** Reads the nodes: the control node first, then its peers. */
  CompletableFuture<List<NodeInfo>> readNodes() {
    Connection current = connection;
    CompletableFuture<List<Row>> local = query(current, "SELECT * FROM system.local");
    CompletableFuture<List<Row>> peers =
        peersV2
            ? query(current, "SELECT * FROM system.peers_v2")
                .exceptionallyCompose(
                    error -> {
                      if (unwrap(error) instanceof InvalidQueryException) {
                        peersV2 = false; // before Cassandra 4.0
                        return query(current, "SELECT * FROM system.peers");
                      }
                      return CompletableFuture.failedFuture(error);
                    })
            : query(current, "SELECT * FROM system.peers");
    return local.thenCombine(
        peers,
        (localRows, peerRows) -> {
          List<NodeInfo> nodes = new ArrayList<>();
          if (localRows.isEmpty()) {
            throw new ProtocolException(current.logPrefix() + " system.local returned no row");
          }
          nodes.add(NodeInfo.fromLocal(localRows.get(0), current.address()));
          for (Row peer : peerRows) {
            NodeInfo info = NodeInfo.fromPeer(peer, current.address().getPort(), translator);
            if (info != null) {
              nodes.add(info);
            }
          }
          return nodes;
        });
  }

  /** Reads {@code system.local}'s cluster name and partitioner. */
  CompletableFuture<Row> readLocal() {
    return query(connection, "SELECT cluster_name, partitioner FROM system.local")
        .thenApply(rows -> rows.isEmpty() ? null : rows.get(0));
  }

  /**
   * Reads the schema in {@code scope}: every keyspace's row (for replication), and the tables,
   * columns, types and indexes of the keyspaces in scope only.
   */
  CompletableFuture<SchemaParser.SchemaRows> readSchema(SchemaScope scope) {
    Connection current = connection;
    CompletableFuture<List<Row>> keyspaces =
        query(current, "SELECT * FROM system_schema.keyspaces");
    CompletableFuture<List<Row>> tables = schemaRows(current, scope, "tables");
    CompletableFuture<List<Row>> columns = schemaRows(current, scope, "columns");
    CompletableFuture<List<Row>> types = schemaRows(current, scope, "types");
    CompletableFuture<List<Row>> indexes = schemaRows(current, scope, "indexes");
    return CompletableFuture.allOf(keyspaces, tables, columns, types, indexes)
        .thenApply(
            ignored ->
                new SchemaParser.SchemaRows(
                    keyspaces.join(), tables.join(), columns.join(), types.join(), indexes.join()));
  }

  private CompletableFuture<List<Row>> schemaRows(
      Connection current, SchemaScope scope, String table) {
    if (!scope.readsTables()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return query(current, "SELECT * FROM system_schema." + table + scope.whereClause());
  }

  /** Runs a query on the control connection and returns all its rows (system tables are small). */
  CompletableFuture<List<Row>> query(Connection on, String cql) {
    return query(on, cql, true);
  }

  /**
   * Runs a system-table query on {@code on} and returns all its rows.
   *
   * @param closeOnTimeout whether a timeout closes {@code on} (yes for the control connection, to
   *     fail over; no for a pool connection borrowed for one read)
   */
  CompletableFuture<List<Row>> query(Connection on, String cql, boolean closeOnTimeout) {
    if (on == null || !on.isOpen()) {
      return CompletableFuture.failedFuture(
          new ConnectionException("The control connection is not open"));
    }
    QueryOptions options =
        new QueryOptions(
            Consistency.ONE.code(),
            null,
            null,
            false,
            -1, // no paging: system tables are read whole
            null,
            QueryOptions.NO_SERIAL_CONSISTENCY,
            QueryOptions.NO_TIMESTAMP,
            null,
            QueryOptions.NO_NOW_IN_SECONDS);
    PendingResponse pending = new PendingResponse(new Query(cql, options));
    on.write(pending);
    return within(on, pending, cql, closeOnTimeout)
        .thenApply(
            frame -> {
              if (frame.message() instanceof Error error) {
                throw ErrorMapper.toException(error, on.address(), cql);
              }
              if (!(frame.message() instanceof RowsResult rows)) {
                throw new ProtocolException(on.logPrefix() + " expected rows for " + cql);
              }
              return decoder.rows(rows);
            });
  }

  /**
   * Switches the connection to {@code keyspace} (to check that it exists), within the control query
   * timeout.
   */
  CompletableFuture<Void> use(Connection on, String keyspace) {
    return within(on, on.use(keyspace), "USE " + keyspace, true);
  }

  /**
   * Bounds {@code response} by the control timeout. On expiry it fails with a {@link
   * DriverTimeoutException}, the request is abandoned and the connection closed: a node that does
   * not answer a small system-table read in that time is treated as gone (its owner then fails over
   * to another node), rather than stalling DDL, schema agreement or the session's start.
   */
  private <T> CompletableFuture<T> within(
      Connection on, CompletableFuture<T> response, String what, boolean closeOnTimeout) {
    long millis = timeout.toMillis();
    ScheduledFuture<?> expiry =
        scheduler.schedule(
            () -> {
              if (response.completeExceptionally(
                  new DriverTimeoutException(
                      on.logPrefix()
                          + " control query did not answer within "
                          + millis
                          + " ms: "
                          + what
                          + "; closing the control connection to fail over to another node"
                          + " (check that node's health and network; connectTimeout sets this"
                          + " limit)"))) {
                if (response instanceof PendingResponse pending) {
                  on.abandon(pending);
                }
                if (closeOnTimeout && on.isOpen()) {
                  LOG.warn(
                      "{} control query timed out after {} ms ({}), failing over",
                      on,
                      millis,
                      what);
                  on.close();
                }
              }
            },
            millis,
            TimeUnit.MILLISECONDS);
    response.whenComplete((ignored, error) -> expiry.cancel(false));
    return response;
  }

  /** Closes the connection; a connection still being set up is closed when it is ready. */
  public CompletableFuture<Void> close() {
    closed = true;
    Connection current = connection;
    return current == null ? CompletableFuture.completedFuture(null) : current.close();
  }

  static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
