package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.OutboundRequest;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.util.ErrorMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * One write of a request to one node: the connection's callback for it. Its answer, its failure and
 * its attempt timeout race to settle it; only the first counts, so a late answer to an attempt that
 * timed out is never taken for the answer to the next one.
 *
 * <p>An {@link Execution} is its own first attempt (so is the {@link RequestHandler}, the first
 * execution): a request answered at the first try allocates no attempt object. Only retries and
 * re-prepares create instances of this class.
 */
class Attempt implements OutboundRequest {
  private static final AtomicIntegerFieldUpdater<Attempt> SETTLED =
      AtomicIntegerFieldUpdater.newUpdater(Attempt.class, "settled");

  // Written by arm() before the attempt is handed to its connection (which publishes it), and
  // never again.
  DefaultNode node;
  Connection connection;
  private Execution execution;
  private Request message;
  volatile Timeout timer;
  private volatile int streamId = -1;
  private volatile int settled;

  /** An attempt to arm later (an execution's own first write). */
  Attempt() {}

  /** A retry or re-prepared write of {@code execution}. */
  Attempt(Execution execution, DefaultNode node, Connection connection, Request message) {
    arm(execution, node, connection, message);
  }

  final void arm(Execution execution, DefaultNode node, Connection connection, Request message) {
    this.execution = execution;
    this.node = node;
    this.connection = connection;
    this.message = message;
  }

  /** Claims this attempt's outcome; false if something else already did. */
  final boolean settle() {
    // A plain read first: after a success, the request's clean-up finds it settled for free.
    if (settled != 0 || !SETTLED.compareAndSet(this, 0, 1)) {
      return false;
    }
    Timeout pending = timer;
    if (pending != null) {
      pending.cancel();
    }
    return true;
  }

  /** Whether this attempt's outcome was claimed. */
  final boolean settled() {
    return settled != 0;
  }

  @Override
  public final Request message() {
    return message;
  }

  @Override
  public final void streamIdAssigned(int id) {
    streamId = id;
  }

  @Override
  public final int assignedStreamId() {
    return streamId;
  }

  @Override
  public final boolean tracing() {
    return statement().tracing();
  }

  @Override
  public final Map<String, ByteBuffer> customPayload() {
    return statement().customPayload();
  }

  private Statement<?> statement() {
    return execution.handler().statement();
  }

  @Override
  public final void onResponse(Frame response) {
    if (settle()) {
      execution.attemptAnswered(this, response);
    }
  }

  @Override
  public final void onFailure(Throwable error) {
    if (settle()) {
      execution.attemptFailed(this, error);
    }
  }

  /** The attempt timeout fired (idempotent statements only). */
  final void timedOut() {
    if (!settle()) {
      return;
    }
    connection.abandon(this);
    execution.attemptFailed(
        this,
        new DriverTimeoutException(
            "No response from "
                + connection.address()
                + " within the attempt timeout for \""
                + ErrorMapper.shorten(execution.handler().queryText())
                + "\": raise SessionBuilder.attemptTimeout (sibyl.attempt-timeout), or check the"
                + " node's load"));
  }
}
