package io.sibyl.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionMetrics;
import io.sibyl.driver.metadata.Node;

/**
 * The gauges of a running session: {@code sibyl.throttle.queued}, and the per-node meters of the
 * nodes it already knows (for a session whose node listener was not added before it connected).
 */
final class SessionMeters implements MeterBinder {
  private final Session session;
  private final NodeMeterListener nodes;

  SessionMeters(Session session, NodeMeterListener nodes) {
    this.session = session;
    this.nodes = nodes;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    // The metrics view reads live values; the gauge holds it (and through it, the session).
    Gauge.builder(SibylMeterNames.THROTTLE_QUEUED, session.metrics(), SessionMetrics::queued)
        .description("Requests waiting in the session's throttle queue")
        .strongReference(true)
        .register(registry);
    for (Node node : session.metadata().nodes()) {
      nodes.of(node);
    }
  }
}
