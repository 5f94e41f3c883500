package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.QueryValidationException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.ConnectionFactory;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.session.RowDecoder;
import io.sibyl.driver.internal.util.ErrorMapper;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The session's dedicated connection for cluster information: it reads {@code system.local}, {@code
 * system.peers_v2} (or {@code system.peers} on older nodes) and {@code system_schema}, and receives
 * the cluster's TOPOLOGY_CHANGE, STATUS_CHANGE and SCHEMA_CHANGE events. It carries no user
 * request.
 */
public final class ControlConnection {
  static final List<String> EVENTS =
      List.of(Event.TOPOLOGY_CHANGE, Event.STATUS_CHANGE, Event.SCHEMA_CHANGE);

  private final ConnectionFactory factory;
  private final RowDecoder decoder;
  private final Consumer<Event> events;
  private volatile Connection connection;
  private volatile boolean peersV2 = true;

  /** Creates a control connection that reports events to {@code events}. */
  public ControlConnection(ConnectionFactory factory, RowDecoder decoder, Consumer<Event> events) {
    this.factory = factory;
    this.decoder = decoder;
    this.events = events;
  }

  /**
   * Connects to the first of {@code candidates} that completes the handshake.
   *
   * @param version the protocol version, or null to negotiate
   */
  public CompletableFuture<Connection> connect(
      List<InetSocketAddress> candidates, ProtocolVersion version) {
    return connect(candidates, 0, version, new LinkedHashMap<>());
  }

  private CompletableFuture<Connection> connect(
      List<InetSocketAddress> candidates,
      int index,
      ProtocolVersion version,
      Map<InetSocketAddress, Throwable> errors) {
    if (index >= candidates.size()) {
      return CompletableFuture.failedFuture(
          new AllNodesFailedException(
              "Could not connect to any node; check that Cassandra is running there and accepts"
                  + " CQL connections (native_transport_port):",
              errors));
    }
    InetSocketAddress address = candidates.get(index);
    return factory
        .open(address, version, null, EVENTS, events)
        .handle(
            (opened, error) -> {
              if (error == null) {
                connection = opened;
                return CompletableFuture.completedFuture(opened);
              }
              Throwable cause = unwrap(error);
              if (cause instanceof AuthenticationException
                  || cause instanceof QueryValidationException) {
                return CompletableFuture.<Connection>failedFuture(cause);
              }
              errors.put(address, cause);
              return connect(candidates, index + 1, version, errors);
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
            NodeInfo info = NodeInfo.fromPeer(peer, current.address().getPort());
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

  /** Reads the whole schema. */
  CompletableFuture<SchemaParser.SchemaRows> readSchema() {
    Connection current = connection;
    CompletableFuture<List<Row>> keyspaces =
        query(current, "SELECT * FROM system_schema.keyspaces");
    CompletableFuture<List<Row>> tables = query(current, "SELECT * FROM system_schema.tables");
    CompletableFuture<List<Row>> columns = query(current, "SELECT * FROM system_schema.columns");
    CompletableFuture<List<Row>> types = query(current, "SELECT * FROM system_schema.types");
    CompletableFuture<List<Row>> indexes = query(current, "SELECT * FROM system_schema.indexes");
    return CompletableFuture.allOf(keyspaces, tables, columns, types, indexes)
        .thenApply(
            ignored ->
                new SchemaParser.SchemaRows(
                    keyspaces.join(), tables.join(), columns.join(), types.join(), indexes.join()));
  }

  /** Runs a query on the control connection and returns all its rows (system tables are small). */
  CompletableFuture<List<Row>> query(Connection on, String cql) {
    if (on == null || !on.isOpen()) {
      return CompletableFuture.failedFuture(
          new io.sibyl.driver.error.ConnectionException("The control connection is not open"));
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
    return PendingResponse.send(on, new Query(cql, options))
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

  /** Closes the connection. */
  public CompletableFuture<Void> close() {
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
