package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.BootstrappingException;
import io.sibyl.driver.error.BusyConnectionException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.TruncateException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.OutboundRequest;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.Prepare;
import io.sibyl.driver.internal.protocol.message.PreparedResult;
import io.sibyl.driver.internal.session.SessionCore;
import io.sibyl.driver.internal.util.ErrorMapper;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one request: walks the query plan, writes the request on the chosen node's least busy
 * connection, and completes the caller's future with the converted response, a typed error, or a
 * timeout. Transparently re-prepares a statement that the node no longer knows (UNPREPARED).
 *
 * <p>A node is skipped for the next one when it cannot have run the request (no connection, busy,
 * bootstrapping), and also after a failure that may have happened mid-write when the statement is
 * idempotent. Anything else is the caller's error to see.
 *
 * @param <T> the caller's result type
 */
public final class RequestHandler<T> implements OutboundRequest, TimerTask {
  private final SessionCore core;
  private final Statement<?> statement;
  private final Request message;
  private final String queryText;
  private final ResponseConverter<T> converter;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private DefaultNode[] plan;
  private int nextNode;
  private Map<InetSocketAddress, Throwable> errors;
  private volatile Connection current;
  private Timeout timeout;

  /**
   * Creates a handler.
   *
   * @param queryText the CQL text, for error messages (never the bound values)
   * @param target a node to send to (its pool only), or null to use the query plan
   */
  public RequestHandler(
      SessionCore core,
      Statement<?> statement,
      Request message,
      String queryText,
      DefaultNode target,
      ResponseConverter<T> converter) {
    this.core = core;
    this.statement = statement;
    this.message = message;
    this.queryText = queryText;
    this.converter = converter;
    this.plan = target == null ? null : new DefaultNode[] {target};
  }

  /** Starts the request and returns its outcome. */
  public CompletableFuture<T> execute() {
    core.checkOpen();
    long timeoutNanos =
        (statement.timeout() != null ? statement.timeout() : core.requestTimeout()).toNanos();
    timeout = core.timer().newTimeout(this, timeoutNanos, TimeUnit.NANOSECONDS);
    if (plan == null) {
      plan = core.queryPlan();
    }
    sendToNextNode();
    return result;
  }

  private void sendToNextNode() {
    while (nextNode < plan.length) {
      DefaultNode node = plan[nextNode++];
      NodePool pool = node.pool();
      Connection connection = pool == null ? null : pool.next();
      if (connection != null) {
        current = connection;
        connection.write(this);
        return;
      }
      recordError(node.address(), new NoNodeAvailableException(node + " has no open connection"));
    }
    if (errors == null) {
      fail(
          new NoNodeAvailableException(
              "No node was available to run \""
                  + ErrorMapper.shorten(queryText)
                  + "\": every known node is down"));
    } else {
      fail(
          new AllNodesFailedException(
              "Every node tried for \"" + ErrorMapper.shorten(queryText) + "\" failed:", errors));
    }
  }

  @Override
  public Request message() {
    return message;
  }

  @Override
  public boolean tracing() {
    return statement.tracing();
  }

  @Override
  public Map<String, ByteBuffer> customPayload() {
    return statement.customPayload();
  }

  @Override
  public void onResponse(Frame response) {
    if (result.isDone()) {
      return;
    }
    Connection connection = current;
    if (response.message() instanceof Error error) {
      if (error.code() == Error.UNPREPARED) {
        reprepare(connection, (ErrorDetails.Unprepared) error.details());
      } else {
        onServerError(connection, ErrorMapper.toException(error, connection.address(), queryText));
      }
      return;
    }
    T value;
    try {
      value = converter.convert(response, connection);
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    timeout.cancel();
    result.complete(value);
  }

  private void onServerError(Connection connection, DriverException error) {
    boolean nothingRan = error instanceof BootstrappingException;
    boolean mayRetry =
        error instanceof OverloadedException
            || error instanceof ServerErrorException
            || error instanceof TruncateException;
    if (nothingRan || (mayRetry && isIdempotent())) {
      recordError(connection.address(), error);
      sendToNextNode();
    } else {
      fail(error);
    }
  }

  @Override
  public void onFailure(Throwable error) {
    if (result.isDone()) {
      return;
    }
    Connection connection = current;
    boolean notSent = error instanceof BusyConnectionException;
    boolean connectionLost =
        error instanceof ConnectionException || error instanceof ProtocolException;
    if (notSent || (connectionLost && isIdempotent())) {
      recordError(connection.address(), error);
      sendToNextNode();
    } else {
      fail(error);
    }
  }

  /**
   * The node forgot the statement (restart, cache eviction): prepare it again there, then retry.
   */
  private void reprepare(Connection connection, ErrorDetails.Unprepared unprepared) {
    PreparedStatement prepared = findPrepared(ByteBuffer.wrap(unprepared.id()));
    if (prepared == null) {
      fail(
          new ProtocolException(
              connection.logPrefix()
                  + " the node reported an unknown prepared statement id for \""
                  + ErrorMapper.shorten(queryText)
                  + "\""));
      return;
    }
    String keyspace = connection.protocolVersion().usesOuterFraming() ? prepared.keyspace() : null;
    PendingResponse.send(connection, new Prepare(prepared.query(), keyspace))
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                onFailure(error);
              } else if (response.message() instanceof PreparedResult) {
                if (!result.isDone()) {
                  connection.write(this);
                }
              } else if (response.message() instanceof Error prepareError) {
                fail(ErrorMapper.toException(prepareError, connection.address(), prepared.query()));
              } else {
                fail(new ProtocolException(connection.logPrefix() + " unexpected PREPARE answer"));
              }
            });
  }

  private PreparedStatement findPrepared(ByteBuffer id) {
    if (statement instanceof BoundStatement bound) {
      return id.equals(bound.preparedStatement().id()) ? bound.preparedStatement() : null;
    }
    if (statement instanceof BatchStatement batch) {
      for (BatchableStatement child : batch.statements()) {
        if (child instanceof BoundStatement bound && id.equals(bound.preparedStatement().id())) {
          return bound.preparedStatement();
        }
      }
    }
    return null;
  }

  /** The request timeout fired. */
  @Override
  public void run(Timeout fired) {
    Connection connection = current;
    if (result.completeExceptionally(
        new DriverTimeoutException(
            "No response within "
                + (statement.timeout() != null ? statement.timeout() : core.requestTimeout())
                    .toMillis()
                + " ms for \""
                + ErrorMapper.shorten(queryText)
                + "\""
                + (connection == null ? "" : " (last tried " + connection.address() + ")")))) {
      if (connection != null) {
        connection.abandon(this);
      }
    }
  }

  private boolean isIdempotent() {
    Boolean idempotent = statement.idempotent();
    return idempotent != null ? idempotent : core.config().idempotent();
  }

  private void recordError(InetSocketAddress node, Throwable error) {
    if (errors == null) {
      errors = new LinkedHashMap<>();
    }
    errors.put(node, error);
  }

  private void fail(Throwable error) {
    if (timeout != null) {
      timeout.cancel();
    }
    result.completeExceptionally(error);
  }
}
