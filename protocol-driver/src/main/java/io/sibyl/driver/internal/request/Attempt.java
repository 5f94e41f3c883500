package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.netty.util.TimerTask;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One write of a request to one node: the connection's callback for it. Its answer, its failure and
 * its attempt timeout race to settle it; only the first counts, so a late answer to an attempt that
 * timed out is never taken for the answer to the next one.
 */
final class Attempt extends AtomicBoolean implements OutboundRequest, TimerTask {
  private static final long serialVersionUID = 1L;

  /** Told the outcome of an attempt, once. */
  interface Outcome {
    /** The node answered. */
    void onResponse(Attempt attempt, Frame response);

    /** The write, the connection or the attempt timeout failed. */
    void onFailure(Attempt attempt, Throwable error);
  }

  final DefaultNode node;
  final Connection connection;
  private final Outcome outcome;
  private final Request message;
  private final Statement<?> statement;
  private final String queryText;
  volatile Timeout timer;
  private volatile int streamId = -1;

  Attempt(
      Outcome outcome,
      DefaultNode node,
      Connection connection,
      Request message,
      Statement<?> statement,
      String queryText) {
    this.outcome = outcome;
    this.node = node;
    this.connection = connection;
    this.message = message;
    this.statement = statement;
    this.queryText = queryText;
  }

  /** Claims this attempt's outcome; false if something else already did. */
  boolean settle() {
    if (!compareAndSet(false, true)) {
      return false;
    }
    Timeout pending = timer;
    if (pending != null) {
      pending.cancel();
    }
    return true;
  }

  @Override
  public Request message() {
    return message;
  }

  @Override
  public void streamIdAssigned(int id) {
    streamId = id;
  }

  @Override
  public int assignedStreamId() {
    return streamId;
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
    if (settle()) {
      outcome.onResponse(this, response);
    }
  }

  @Override
  public void onFailure(Throwable error) {
    if (settle()) {
      outcome.onFailure(this, error);
    }
  }

  /** The attempt timeout fired (idempotent statements only). */
  @Override
  public void run(Timeout fired) {
    if (!settle()) {
      return;
    }
    connection.abandon(this);
    outcome.onFailure(
        this,
        new DriverTimeoutException(
            "No response from "
                + connection.address()
                + " within the attempt timeout for \""
                + ErrorMapper.shorten(queryText)
                + "\": raise SessionBuilder.attemptTimeout (sibyl.attempt-timeout), or check the"
                + " node's load"));
  }
}
