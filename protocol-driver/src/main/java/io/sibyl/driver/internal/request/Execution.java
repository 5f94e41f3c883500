package io.sibyl.driver.internal.request;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.BootstrappingException;
import io.sibyl.driver.error.BusyConnectionException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.CoordinatorException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.QueryExecutionException;
import io.sibyl.driver.error.ReadTimeoutException;
import io.sibyl.driver.error.RequestEncodingException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.Prepare;
import io.sibyl.driver.internal.protocol.message.PreparedResult;
import io.sibyl.driver.internal.util.ErrorMapper;
import io.sibyl.driver.policy.RetryDecision;
import io.sibyl.driver.policy.RetryPolicy;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a request: one node at a time, retried as the policy says. Each write is its own
 * {@link Attempt}, so a late answer to an attempt that timed out can never be mistaken for the
 * answer to the next one. The execution is its own first attempt; retries allocate new ones.
 *
 * <p>The {@link RequestHandler} is the first execution; speculative executions are {@link
 * Speculative} instances. An execution's writes are sequential (each retry starts from the previous
 * attempt's outcome), so its own state needs no locking.
 */
abstract class Execution extends Attempt {
  private final int number;
  private Request attemptMessage;
  private boolean firstWriteUsed;
  private volatile Attempt current;

  Execution(int number) {
    this.number = number;
  }

  /** The request this execution belongs to. */
  abstract RequestHandler<?> handler();

  /** Starts this execution with the request's message. */
  final void start(Request message) {
    attemptMessage = message;
    sendToNextNode();
  }

  final InetSocketAddress lastAddress() {
    Attempt attempt = current;
    return attempt == null ? null : attempt.connection.address();
  }

  final void sendToNextNode() {
    RequestHandler<?> h = handler();
    while (!h.isDone()) {
      DefaultNode candidate = h.nextNode();
      if (candidate == null) {
        h.planExhausted();
        return;
      }
      if (send(candidate)) {
        return;
      }
      h.recordError(
          candidate.address(), new NoNodeAvailableException(candidate + " has no open connection"));
    }
  }

  /** Writes on {@code candidate}'s least busy connection; false if it has none. */
  private boolean send(DefaultNode candidate) {
    NodePool pool = candidate.pool();
    Connection connection = pool == null ? null : pool.next();
    if (connection == null) {
      return false;
    }
    write(candidate, connection);
    return true;
  }

  private void write(DefaultNode node, Connection connection) {
    Attempt attempt;
    if (!firstWriteUsed) {
      firstWriteUsed = true;
      arm(this, node, connection, attemptMessage);
      attempt = this;
    } else {
      attempt = new Attempt(this, node, connection, attemptMessage);
    }
    RequestHandler<?> h = handler();
    h.lastNode = node;
    current = attempt;
    Duration attemptTimeout = h.context().attemptTimeout();
    if (attemptTimeout != null && h.isIdempotent()) {
      attempt.timer =
          h.context()
              .timer()
              .newTimeout(
                  fired -> attempt.timedOut(), attemptTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    connection.write(attempt);
  }

  // A policy, converter or tracker that throws fails this request; it must not unwind into the
  // connection's pipeline, which would close the connection and leave this future pending.
  final void attemptAnswered(Attempt attempt, Frame response) {
    try {
      handleResponse(attempt, response);
    } catch (RuntimeException e) {
      handler().fail(e);
    }
  }

  final void attemptFailed(Attempt attempt, Throwable error) {
    try {
      handleFailure(attempt, error);
    } catch (RuntimeException e) {
      handler().fail(e);
    }
  }

  private void handleResponse(Attempt attempt, Frame response) {
    RequestHandler<?> h = handler();
    if (h.isDone()) {
      return;
    }
    Connection connection = attempt.connection;
    if (response.message() instanceof Error error) {
      if (error.code() == Error.UNPREPARED) {
        reprepare(attempt, (ErrorDetails.Unprepared) error.details());
      } else {
        onServerError(attempt, ErrorMapper.toException(error, connection.address(), h.queryText()));
      }
      return;
    }
    h.answer(response, attempt);
  }

  private void handleFailure(Attempt attempt, Throwable error) {
    RequestHandler<?> h = handler();
    if (h.isDone()) {
      return;
    }
    if (error instanceof RequestEncodingException) {
      // Never retried: it would fail the same way on every node.
      h.fail(
          new RequestEncodingException(
              "\"" + h.shortText() + "\" was not sent: " + error.getMessage(), error.getCause()));
    } else if (error instanceof BusyConnectionException) {
      retry(attempt, RetryDecision.RETRY_NEXT, error); // never sent
    } else if ((error instanceof ConnectionException
            || error instanceof ProtocolException
            || error instanceof DriverTimeoutException)
        && h.isIdempotent()) {
      retry(attempt, h.policy().onRequestAborted(h.statement(), error, h.retries()), error);
    } else {
      h.fail(error);
    }
  }

  private void onServerError(Attempt attempt, DriverException error) {
    RequestHandler<?> h = handler();
    Statement<?> statement = h.statement();
    RetryDecision decision;
    RetryPolicy policy = h.policy();
    int count = h.retries();
    if (error instanceof BootstrappingException) {
      decision = RetryDecision.RETRY_NEXT; // nothing ran there
    } else if (error instanceof ReadTimeoutException t) {
      decision =
          policy.onReadTimeout(
              statement, t.consistency(), t.blockFor(), t.received(), t.dataPresent(), count);
    } else if (error instanceof WriteTimeoutException t) {
      decision =
          h.isIdempotent()
              ? policy.onWriteTimeout(
                  statement, t.consistency(), t.writeType(), t.blockFor(), t.received(), count)
              : RetryDecision.RETHROW;
    } else if (error instanceof UnavailableException u) {
      decision = policy.onUnavailable(statement, u.consistency(), u.required(), u.alive(), count);
    } else if ((error instanceof QueryExecutionException || error instanceof ServerErrorException)
        && h.isIdempotent()) {
      decision = policy.onErrorResponse(statement, (CoordinatorException) error, count);
    } else {
      decision = RetryDecision.RETHROW;
    }
    retry(attempt, decision, error);
  }

  private void retry(Attempt attempt, RetryDecision decision, Throwable error) {
    RequestHandler<?> h = handler();
    h.nodeError(attempt.node, error);
    switch (decision.kind()) {
      case RETRY_SAME -> {
        countRetry(decision, error);
        if (!send(attempt.node)) {
          h.recordError(attempt.connection.address(), error);
          sendToNextNode();
        }
      }
      case RETRY_NEXT -> {
        countRetry(decision, error);
        h.recordError(attempt.connection.address(), error);
        sendToNextNode();
      }
      case IGNORE -> h.ignored(attempt);
      default -> h.fail(error);
    }
  }

  private void countRetry(RetryDecision decision, Throwable error) {
    RequestHandler<?> h = handler();
    h.countRetry(error);
    if (decision.consistency() != null) {
      attemptMessage = h.encodeAt(decision.consistency());
    }
  }

  /** The node forgot the statement: prepare it again there, then send the request again. */
  private void reprepare(Attempt attempt, ErrorDetails.Unprepared unprepared) {
    RequestHandler<?> h = handler();
    Connection connection = attempt.connection;
    PreparedStatement prepared = h.findPrepared(ByteBuffer.wrap(unprepared.id()));
    if (prepared == null) {
      h.fail(
          new ProtocolException(
              connection.logPrefix()
                  + " the node reported an unknown prepared statement id for \""
                  + h.shortText()
                  + "\""));
      return;
    }
    // v5 can name the keyspace in PREPARE; only needed when it differs from the connection's.
    String keyspace =
        connection.protocolVersion().usesOuterFraming()
                && prepared.keyspace() != null
                && !prepared.keyspace().equals(connection.keyspace())
            ? prepared.keyspace()
            : null;
    PendingResponse.send(connection, new Prepare(prepared.query(), keyspace))
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                attemptFailed(attempt, error);
              } else if (response.message() instanceof PreparedResult) {
                if (!h.isDone()) {
                  write(attempt.node, connection);
                }
              } else if (response.message() instanceof Error prepareError) {
                h.fail(
                    ErrorMapper.toException(prepareError, connection.address(), prepared.query()));
              } else {
                h.fail(
                    new ProtocolException(connection.logPrefix() + " unexpected PREPARE answer"));
              }
            });
  }

  /** The request is over: free the stream id of the attempt still waiting, if any. */
  final void abandon() {
    Attempt attempt = current;
    if (attempt != null && attempt.settle()) {
      attempt.connection.abandon(attempt);
    }
  }

  @Override
  public String toString() {
    return "execution " + number + " of \"" + handler().shortText() + "\"";
  }

  /** A speculative execution: a second (third...) one racing the first. */
  static final class Speculative extends Execution {
    private final RequestHandler<?> handler;

    Speculative(RequestHandler<?> handler, int number) {
      super(number);
      this.handler = handler;
    }

    @Override
    RequestHandler<?> handler() {
      return handler;
    }
  }
}
