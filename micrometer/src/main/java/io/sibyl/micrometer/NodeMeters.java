package io.sibyl.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.util.List;

/** The meters of one node, tagged {@code node=host:port}; removed together when it leaves. */
final class NodeMeters {
  private final MeterRegistry registry;
  final Counter requests;
  final Counter errors;
  private final List<Meter> meters;

  NodeMeters(MeterRegistry registry, Node node) {
    this.registry = registry;
    Tags tags = Tags.of(SibylMeterNames.NODE, Statements.address(node.address()));
    this.requests =
        Counter.builder(SibylMeterNames.NODE_REQUESTS)
            .description("Requests whose last attempt went to the node (its answer or error)")
            .tags(tags)
            .register(registry);
    this.errors =
        Counter.builder(SibylMeterNames.NODE_ERRORS)
            .description("Attempts on the node that failed")
            .tags(tags)
            .register(registry);
    Gauge inFlight =
        Gauge.builder(SibylMeterNames.NODE_IN_FLIGHT, node, Node::inFlight)
            .description("Requests in flight on the node")
            .tags(tags)
            .register(registry);
    Gauge connections =
        Gauge.builder(SibylMeterNames.NODE_CONNECTIONS, node, Node::openConnections)
            .description("Connections open to the node")
            .tags(tags)
            .register(registry);
    Gauge up =
        Gauge.builder(SibylMeterNames.NODE_UP, node, n -> n.state() == NodeState.UP ? 1 : 0)
            .description("1 while the node is up, else 0")
            .tags(tags)
            .register(registry);
    this.meters = List.of(requests, errors, inFlight, connections, up);
  }

  void remove() {
    for (Meter meter : meters) {
      registry.remove(meter);
    }
  }
}
