package io.sibyl.driver.internal.request;

import io.netty.util.Timer;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import io.sibyl.driver.TimestampGenerator;
import io.sibyl.driver.internal.session.SessionCore;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/** The {@link RequestContext} of a running session: one per session, shared by its requests. */
public final class SessionRequestContext implements RequestContext {
  private final SessionCore core;
  private final TimestampGenerator timestamps;
  private final DeadlineQueue deadlines;

  /** Creates the context of {@code core}'s requests. */
  public SessionRequestContext(SessionCore core) {
    this.core = core;
    TimestampGenerator configured = core.config().timestampGenerator();
    this.timestamps = configured != null ? configured : TimestampGenerator.monotonic();
    this.deadlines = new DeadlineQueue(core.timer(), System::nanoTime);
  }

  @Override
  public void checkOpen() {
    core.checkOpen();
  }

  @Override
  public Timer timer() {
    return core.timer();
  }

  @Override
  public DeadlineQueue deadlines() {
    return deadlines;
  }

  @Override
  public RequestThrottler throttler() {
    return core.throttler();
  }

  @Override
  public List<Node> queryPlan(
      Statement<?> statement, ByteBuffer routingKey, String routingKeyspace) {
    return core.queryPlan(statement, routingKey, routingKeyspace);
  }

  @Override
  public RequestTracker tracker() {
    return core.tracker();
  }

  @Override
  public RetryPolicy retryPolicy(Statement<?> statement) {
    return core.retryPolicy(statement);
  }

  @Override
  public SpeculativeExecutionPolicy speculativeExecutionPolicy(Statement<?> statement) {
    return core.speculativeExecutionPolicy(statement);
  }

  @Override
  public Duration requestTimeout() {
    return core.requestTimeout();
  }

  @Override
  public Duration attemptTimeout() {
    return core.config().attemptTimeout();
  }

  @Override
  public boolean defaultIdempotence() {
    return core.config().idempotent();
  }

  @Override
  public TimestampGenerator timestampGenerator() {
    return timestamps;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return core.protocolVersion();
  }
}
