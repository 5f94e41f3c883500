package io.sibyl.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.metadata.Node;

/**
 * Opens an observation when a request starts and stops it when the request ends (its timer is
 * {@code sibyl.requests}); counts retries, speculative executions, timeouts, and the requests and
 * errors of each node.
 */
final class ObservingRequestTracker implements RequestTracker {
  private static final Observation.Event RETRY =
      Observation.Event.of(SibylMeterNames.RETRY_EVENT, "retry");
  private static final Observation.Event SPECULATIVE =
      Observation.Event.of(SibylMeterNames.SPECULATIVE_EVENT, "speculative execution");

  private final ObservationRegistry observations;
  private final RequestObservationConvention convention;
  private final NodeMeterListener nodes;
  private final Counter retries;
  private final Counter speculative;
  private final Counter timeouts;
  private volatile Session session;

  ObservingRequestTracker(
      MeterRegistry meters,
      ObservationRegistry observations,
      RequestObservationConvention convention,
      NodeMeterListener nodes) {
    this.observations = observations;
    this.convention = convention;
    this.nodes = nodes;
    this.retries =
        Counter.builder(SibylMeterNames.RETRIES)
            .description("Retries decided by the retry policy")
            .register(meters);
    this.speculative =
        Counter.builder(SibylMeterNames.SPECULATIVE)
            .description("Speculative executions started")
            .register(meters);
    this.timeouts =
        Counter.builder(SibylMeterNames.TIMEOUTS)
            .description("Requests with no answer within their timeout")
            .register(meters);
  }

  /** The session, once bound: its keyspace tags statements that name none. */
  void session(Session session) {
    this.session = session;
  }

  @Override
  public Object onStart(Statement<?> statement) {
    Session current = session;
    RequestObservationContext context =
        new RequestObservationContext(statement, current == null ? null : current.keyspace());
    context.observation =
        Observation.createNotStarted(null, convention, () -> context, observations).start();
    return context;
  }

  @Override
  public void onSuccess(Statement<?> statement, Node node, long latencyNanos, Object state) {
    if (node != null) {
      nodes.of(node).requests.increment();
    }
    if (state instanceof RequestObservationContext context) {
      context.node(node);
      context.observation.stop();
    }
  }

  @Override
  public void onError(
      Statement<?> statement, Node node, Throwable error, long latencyNanos, Object state) {
    if (error instanceof DriverTimeoutException) {
      timeouts.increment();
    }
    RequestObservationContext context = state instanceof RequestObservationContext c ? c : null;
    if (node != null) {
      NodeMeters meters = nodes.of(node);
      meters.requests.increment();
      if (context == null || context.lastNodeError() != error) {
        meters.errors.increment(); // not already counted as the failure of an attempt
      }
    }
    if (context != null) {
      context.node(node);
      context.observation.error(error);
      context.observation.stop();
    }
  }

  @Override
  public void onNodeError(Statement<?> statement, Node node, Throwable error, Object state) {
    if (node != null) {
      nodes.of(node).errors.increment();
    }
    if (state instanceof RequestObservationContext context) {
      context.lastNodeError(error);
    }
  }

  @Override
  public void onRetry(Statement<?> statement, Throwable error, Object state) {
    retries.increment();
    if (state instanceof RequestObservationContext context) {
      context.observation.event(RETRY);
    }
  }

  @Override
  public void onSpeculativeExecution(Statement<?> statement, Object state) {
    speculative.increment();
    if (state instanceof RequestObservationContext context) {
      context.observation.event(SPECULATIVE);
    }
  }
}
