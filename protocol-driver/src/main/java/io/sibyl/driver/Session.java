package io.sibyl.driver;

import io.sibyl.driver.error.BlockingOperationException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.request.RequestContext;
import io.sibyl.driver.internal.request.RequestEncoder;
import io.sibyl.driver.internal.request.RequestHandler;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.internal.request.ResponseConverter;
import io.sibyl.driver.internal.request.ResultConverter;
import io.sibyl.driver.internal.request.SessionRequestContext;
import io.sibyl.driver.internal.session.DriverThreads;
import io.sibyl.driver.internal.session.SessionCore;
import io.sibyl.driver.metadata.Metadata;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A connection to a Cassandra cluster: the entry point for executing statements. Build one with
 * {@link #builder()}, share it across the application (it is thread-safe and pools its
 * connections), and close it on shutdown.
 *
 * <pre>{@code
 * try (Session session = Session.builder().contactPoints("127.0.0.1").keyspace("shop").build()) {
 *   Row row = session.execute("SELECT name FROM users WHERE id = ?", id).one();
 * }
 * }</pre>
 *
 * <p>Every operation has an asynchronous form returning a {@link CompletionStage}; the synchronous
 * forms wait for it, and refuse (with {@link BlockingOperationException}) to do so on a driver I/O
 * thread, where waiting would deadlock.
 */
public final class Session implements AutoCloseable {
  private final SessionCore core;
  private final Map<String, CompletableFuture<PreparedStatement>> preparedCache =
      new ConcurrentHashMap<>();
  private final Metadata metadata;
  private final RequestContext requests;
  private final RequestEncoder encoder = this::encode;
  private final ResponseConverter<AsyncResultSet> toResultSet = this::toResultSet;
  private final RequestMessages messages = new RequestMessages(InternalAccess.INSTANCE);
  private final ResultConverter results;
  // Created on first use: its key derivation (HMAC, and SecureRandom without a configured key)
  // loads the JDK's security providers, which a session that never pages by token does not need.
  private volatile PagingTokenSigner pagingTokens;

  private Session(SessionCore core) {
    this.core = core;
    this.results = new ResultConverter(this, core, InternalAccess.INSTANCE);
    this.requests = new SessionRequestContext(core);
    this.metadata = new SessionMetadata(core.cluster());
    core.onNodeUp(this::prepareAllOn);
  }

  /** A node came (back) up: it may have lost its prepared statements, so prepare them there. */
  private void prepareAllOn(DefaultNode node) {
    for (CompletableFuture<PreparedStatement> future : preparedCache.values()) {
      PreparedStatement prepared = future.getNow(null);
      if (prepared != null) {
        prepareOn(node, prepared.query(), null);
      }
    }
  }

  /** Sends PREPARE to one node, without waiting; failures only cost a later re-preparation. */
  private static void prepareOn(DefaultNode node, String query, String keyspace) {
    NodePool pool = node.pool();
    Connection connection = pool == null ? null : pool.next();
    if (connection != null) {
      PendingResponse.send(connection, RequestMessages.prepare(query, keyspace));
    }
  }

  /** A builder for a new session. */
  public static SessionBuilder builder() {
    return new SessionBuilder();
  }

  static CompletionStage<Session> connect(io.sibyl.driver.internal.session.SessionConfig config) {
    return SessionCore.connect(
            config, page -> ResultConverter.rows(InternalAccess.INSTANCE, page, config.codecs()))
        .thenApply(Session::new);
  }

  // --- execution ---------------------------------------------------------------------------

  /** Executes CQL text with positional values, waiting for the first page. */
  public ResultSet execute(String query, Object... values) {
    return execute(SimpleStatement.of(query, values));
  }

  /** Executes a statement, waiting for the first page. */
  public ResultSet execute(Statement<?> statement) {
    return new ResultSet(await(execute(statement, null, true)));
  }

  /** Executes CQL text with positional values; completes with the first page. */
  public CompletionStage<AsyncResultSet> executeAsync(String query, Object... values) {
    return executeAsync(SimpleStatement.of(query, values));
  }

  /** Executes a statement; completes with the first page. */
  public CompletionStage<AsyncResultSet> executeAsync(Statement<?> statement) {
    return execute(statement, null, false);
  }

  /**
   * Executes a statement and completes with its first page converted by {@code converter}: the
   * conversion runs as the response is handled, and its value completes the returned stage directly
   * (no stage is chained on the result set, unlike {@code
   * executeAsync(statement).thenApply(converter)}, which gives the same outcome).
   *
   * <p>The converter runs on a driver I/O thread: keep it short and never block in it. If it
   * throws, the stage fails with that exception (not wrapped). For a statement that may change the
   * keyspace or the schema ({@code USE}, DDL), the conversion runs after the session has caught up
   * with the change, as {@code thenApply} would.
   *
   * @param statement the statement to run
   * @param converter turns the first page into the caller's value; not null
   * @param <R> the caller's value type
   * @return the converted value, or the request's (or the converter's) failure
   */
  public <R> CompletionStage<R> executeAsync(
      Statement<?> statement, Function<? super AsyncResultSet, ? extends R> converter) {
    Objects.requireNonNull(converter, "converter");
    return execute(statement, null, false, converter);
  }

  /**
   * Sends a statement; with {@code waitHere}, parks the caller until the request completes (the
   * handler wakes it directly, see {@link RequestHandler#waitFor()}), so that {@link #await} then
   * finds the future complete. An interrupt leaves the future pending and the flag set, for {@link
   * #await} to report as usual; on a driver I/O thread nothing waits here and {@link #await} fails.
   */
  private CompletableFuture<AsyncResultSet> execute(
      Statement<?> requested, DefaultNode target, boolean waitHere) {
    return execute(requested, target, waitHere, null);
  }

  /**
   * The same, completing with {@code then}'s value when it is not null (R is then AsyncResultSet):
   * {@code then} is applied inside the request handler, as part of converting the response, except
   * after a statement that may change the keyspace or schema.
   */
  @SuppressWarnings("unchecked")
  private <R> CompletableFuture<R> execute(
      Statement<?> requested,
      DefaultNode target,
      boolean waitHere,
      Function<? super AsyncResultSet, ? extends R> then) {
    try {
      core.checkOpen();
      Statement<?> statement =
          resolvePagingToken(
              requested.executionProfile() == null
                  ? requested
                  : core.config().profile(requested.executionProfile()).fillIn(requested));
      ByteBuffer routingKey = null;
      String routingKeyspace = null;
      if (statement instanceof BoundStatement bound && core.routesByToken()) {
        routingKey = bound.routingKeyUnsafe();
        routingKeyspace = bound.routingKeyspace();
      }
      String text = RequestMessages.queryText(statement);
      boolean changesKeyspace = Requests.mayChangeKeyspace(text);
      boolean changesSchema = !changesKeyspace && Requests.mayChangeSchema(text);
      if (then != null && !changesKeyspace && !changesSchema) {
        return new RequestHandler<R>(
                requests,
                statement,
                encoder,
                text,
                target,
                routingKey,
                routingKeyspace,
                toResultSet,
                then)
            .execute();
      }
      RequestHandler<AsyncResultSet> handler =
          new RequestHandler<>(
              requests, statement, encoder, text, target, routingKey, routingKeyspace, toResultSet);
      CompletableFuture<AsyncResultSet> response = handler.execute();
      if (waitHere && !DriverThreads.isIoThread()) {
        handler.waitFor();
      }
      if (changesKeyspace) {
        // The USE ran on one connection; the others switch before it completes.
        response =
            response.thenCompose(result -> core.keyspaceSwitched().thenApply(ignored -> result));
      } else if (changesSchema) {
        response = response.thenCompose(this::afterSchemaChange);
      }
      return then == null ? (CompletableFuture<R>) response : response.thenApply(then);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The statement with its paging token, if any, replaced by the token's raw paging state once the
   * token is checked against this session and the statement.
   */
  private Statement<?> resolvePagingToken(Statement<?> statement) {
    PagingToken token = statement.pagingToken();
    if (token == null) {
      return statement;
    }
    ByteBuffer state =
        pagingTokens()
            .verify(token, statement, core.protocolVersion(), keyspace(), core.config().codecs());
    return statement.withPagingState(state);
  }

  /** The token to resume {@code statement} at {@code pagingState} in this or a keyed session. */
  PagingToken pagingToken(Statement<?> statement, ByteBuffer pagingState) {
    return pagingTokens()
        .issue(statement, pagingState, core.protocolVersion(), keyspace(), core.config().codecs());
  }

  private PagingTokenSigner pagingTokens() {
    PagingTokenSigner signer = pagingTokens;
    if (signer == null) {
      synchronized (this) {
        signer = pagingTokens;
        if (signer == null) {
          signer = PagingTokenSigner.of(core.config().pagingTokenKey());
          pagingTokens = signer;
        }
      }
    }
    return signer;
  }

  private AsyncResultSet toResultSet(Statement<?> statement, Frame frame, Connection connection) {
    return results.toResultSet(statement, frame, connection);
  }

  private Request encode(Statement<?> statement, long timestamp) {
    return messages.toMessage(statement, core.config(), core.protocolVersion(), timestamp);
  }

  /**
   * After DDL, waits until the nodes agree on the schema (so the next statement sees it anywhere)
   * and refreshes the session's schema metadata.
   */
  private CompletableFuture<AsyncResultSet> afterSchemaChange(AsyncResultSet result) {
    if (!result.changedSchema()) {
      return CompletableFuture.completedFuture(result);
    }
    return core.cluster()
        .awaitSchemaAgreement(result.executionInfo().coordinator())
        .thenCompose(
            agreed ->
                core.cluster()
                    .refreshSchemaNow()
                    .handle((ignored, error) -> result.withSchemaInAgreement(agreed)));
  }

  // --- preparation ---------------------------------------------------------------------------

  /**
   * Prepares CQL text, waiting for the server. Sessions cache prepared statements by text and
   * keyspace, so preparing the same text twice costs one round trip.
   */
  public PreparedStatement prepare(String query) {
    return await(prepareAsync(query));
  }

  /** Prepares a statement's text; its options become the defaults of the bound statements. */
  public PreparedStatement prepare(SimpleStatement statement) {
    return await(prepareAsync(statement));
  }

  /** Prepares CQL text asynchronously (cached as for {@link #prepare(String)}). */
  public CompletionStage<PreparedStatement> prepareAsync(String query) {
    return prepareAsync(SimpleStatement.of(query));
  }

  /** Prepares a statement's text asynchronously. */
  public CompletionStage<PreparedStatement> prepareAsync(SimpleStatement statement) {
    String keyspace = statement.keyspace() != null ? statement.keyspace() : core.keyspace();
    // The options become the bound statements' defaults: the same text prepared with other
    // options is another cache entry (one PREPARE each, the server's id is the same).
    StatementOptions o = statement.options;
    String key =
        keyspace
            + "\u0000"
            + o.idempotent
            + "|"
            + o.lwt
            + "|"
            + o.consistency
            + "|"
            + o.serialConsistency
            + "|"
            + o.pageSize
            + "|"
            + o.timeout
            + "|"
            + o.executionProfile
            + "\u0000"
            + statement.query();
    CompletableFuture<PreparedStatement> cached = preparedCache.get(key);
    if (cached != null && !cached.isCompletedExceptionally()) {
      return cached;
    }
    CompletableFuture<PreparedStatement> future;
    try {
      core.checkOpen();
      Request message =
          RequestMessages.prepare(
              statement.query(),
              core.protocolVersion().usesOuterFraming() ? statement.keyspace() : null);
      future =
          new RequestHandler<>(
                  requests,
                  statement,
                  (ignored, timestamp) -> message,
                  statement.query(),
                  null,
                  null,
                  null,
                  (ignored, frame, connection) ->
                      toPrepared(statement, keyspace, frame, connection))
              .execute();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    preparedCache.put(key, future);
    future.whenComplete(
        (prepared, error) -> {
          if (error != null) {
            preparedCache.remove(key, future);
          }
        });
    return future;
  }

  private PreparedStatement toPrepared(
      SimpleStatement statement, String keyspace, Frame frame, Connection connection) {
    PreparedStatement prepared = results.toPrepared(statement, keyspace, frame, connection);
    if (core.config().prepareOnAllNodes()) {
      for (DefaultNode node : core.cluster().nodes()) {
        if (!node.address().equals(connection.address())) {
          prepareOn(node, statement.query(), null);
        }
      }
    }
    return prepared;
  }

  // --- metadata and lifecycle -------------------------------------------------------------

  /** What the session knows of the cluster's nodes. */
  public Metadata metadata() {
    return metadata;
  }

  /**
   * The socket transport the session's connections use: {@link Transport#NIO} or {@link
   * Transport#EPOLL} (what {@link SessionBuilder#transport} {@code AUTO} resolved to).
   */
  public Transport transport() {
    return core.transport();
  }

  /** The keyspace the session's connections use, or null. */
  public String keyspace() {
    return core.keyspace();
  }

  /** The protocol version negotiated with the cluster. */
  public ProtocolVersion protocolVersion() {
    return core.protocolVersion();
  }

  /**
   * Waits until the live nodes agree on the schema (up to the session's schema agreement timeout),
   * then reloads the session's schema metadata — for when another client changed the schema.
   *
   * @return whether the nodes agreed before the timeout
   */
  public boolean refreshSchema() {
    return await(refreshSchemaAsync());
  }

  /** The asynchronous form of {@link #refreshSchema()}. */
  public CompletionStage<Boolean> refreshSchemaAsync() {
    return core.cluster()
        .awaitSchemaAgreement()
        .thenCompose(agreed -> core.cluster().refreshSchemaNow().thenApply(ignored -> agreed));
  }

  /**
   * Adds keyspaces to the session's schema metadata and reads them, when the session reads the
   * metadata of chosen keyspaces only ({@link SessionBuilder#schemaMetadata(String...)} or {@link
   * SessionBuilder#schemaMetadataOnDemand()}); from then on their schema changes refresh it as
   * well. A session that reads every keyspace (the default), or none, is left as it is. The mapper
   * calls this for the keyspaces of the entities it maps.
   *
   * @param keyspaces keyspace names as Cassandra stores them (unquoted, case-sensitive); a keyspace
   *     that does not exist yet is read once it is created
   * @return completes once the keyspaces were read (or the read failed: the metadata then follows
   *     at the control connection's next refresh)
   */
  public CompletionStage<Void> includeSchemaMetadata(Collection<String> keyspaces) {
    return core.cluster().include(List.copyOf(keyspaces)).exceptionally(error -> null);
  }

  /**
   * Whether the session reads the schema metadata of chosen keyspaces only (a list, or on demand),
   * so that a component needing a keyspace's metadata should {@linkplain #includeSchemaMetadata
   * include} it.
   */
  public boolean schemaMetadataScoped() {
    return core.cluster().scope().extensible();
  }

  /** Counters and latencies of this session's requests. */
  public SessionMetrics metrics() {
    return core.metrics();
  }

  /** The codec registry that converts values. */
  public CodecRegistry codecRegistry() {
    return core.config().codecs();
  }

  /** Closes every connection and stops the session's threads; waits up to a few seconds. */
  @Override
  public void close() {
    await(closeAsync());
  }

  /** Closes the session asynchronously. Requests in flight fail. */
  public CompletionStage<Void> closeAsync() {
    return core.close();
  }

  /**
   * Waits for a stage of this session's API and returns its value, rethrowing its failure
   * unwrapped.
   *
   * @throws BlockingOperationException on a driver I/O thread
   */
  <T> T await(CompletionStage<T> stage) {
    if (DriverThreads.isIoThread()) {
      throw new BlockingOperationException(
          "Synchronous Sibyl calls cannot run on a driver I/O thread (this would deadlock): use"
              + " the async variant and compose on its CompletionStage");
    }
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("Interrupted while waiting for a response", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof DriverException driverError) {
        // Add this thread's stack, so the caller's line shows next to the I/O thread's.
        driverError.addSuppressed(new CallerStack());
        throw driverError;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new DriverException(cause.toString(), cause);
    }
  }

  /** Marks, in a rethrown exception, where the synchronous call was made. */
  private static final class CallerStack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallerStack() {
      super("waited for here", null, false, true);
    }
  }

  @Override
  public String toString() {
    return "Session[" + core.name() + "]";
  }
}
