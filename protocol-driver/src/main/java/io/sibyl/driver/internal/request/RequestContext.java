package io.sibyl.driver.internal.request;

import io.netty.util.Timer;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import io.sibyl.driver.TimestampGenerator;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link RequestHandler} needs from its session: policies, the throttle, the timer and the
 * query plan. The session provides it once; unit tests provide a fake with a manual timer.
 */
public interface RequestContext {
  /**
   * Fails fast when the session is closed.
   *
   * @throws io.sibyl.driver.error.SessionClosedException if it is
   */
  void checkOpen();

  /** The timer of request deadlines, attempt timeouts and speculative executions. */
  Timer timer();

  /** The deadlines of the session's requests, swept on {@link #timer()}. */
  DeadlineQueue deadlines();

  /** The throttle that bounds the requests running at once. */
  RequestThrottler throttler();

  /** The nodes to try for a statement, first choice first. */
  List<Node> queryPlan(Statement<?> statement, ByteBuffer routingKey, String routingKeyspace);

  /** Told of every request's outcome, retry and speculative execution. */
  RequestTracker tracker();

  /** The retry policy for a statement. */
  RetryPolicy retryPolicy(Statement<?> statement);

  /** The speculative execution policy for a statement. */
  SpeculativeExecutionPolicy speculativeExecutionPolicy(Statement<?> statement);

  /** The default overall time a request may take. */
  Duration requestTimeout();

  /** The time one attempt on one node may take, or null for no limit. */
  Duration attemptTimeout();

  /** Whether statements that do not say are idempotent. */
  boolean defaultIdempotence();

  /** Gives the write timestamps of statements that have none of their own. */
  TimestampGenerator timestampGenerator();

  /** The negotiated protocol version. */
  ProtocolVersion protocolVersion();
}
