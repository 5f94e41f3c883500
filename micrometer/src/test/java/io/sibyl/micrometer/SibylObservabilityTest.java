package io.sibyl.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.metadata.NodeStateListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SibylObservabilityTest {
  private static final String SECRET = "s3cr3t-bound-value";
  private static final SimpleStatement INSERT =
      SimpleStatement.of("INSERT INTO shop.users (id, password) VALUES (?, ?)", 1, SECRET)
          .withConsistency(Consistency.LOCAL_QUORUM);

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final FakeNode node = new FakeNode("127.0.0.1", 9042);

  /** A request as the driver reports it: start, then success on {@code node}. */
  private static void succeed(RequestTracker tracker, Statement<?> statement, FakeNode node) {
    Object state = tracker.onStart(statement);
    tracker.onSuccess(statement, node, 1_000_000, state);
  }

  @Test
  void should_observe_a_request_with_its_text_node_keyspace_and_consistency_but_no_values() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    SibylObservability observability =
        SibylObservability.builder(meters).observationRegistry(observations).build();

    succeed(observability.requestTracker(), INSERT, node);

    TestObservationRegistryAssert.assertThat(observations)
        .hasObservationWithNameEqualTo("sibyl.requests")
        .that()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("outcome", "success")
        .hasLowCardinalityKeyValue("kind", "simple")
        .hasHighCardinalityKeyValue("db.statement", INSERT.query())
        .hasHighCardinalityKeyValue("node", "127.0.0.1:9042")
        .hasHighCardinalityKeyValue("db.cassandra.consistency_level", "LOCAL_QUORUM")
        .doesNotHaveError();
    TestObservationRegistryAssert.assertThat(observations)
        .hasHandledContextsThatSatisfy(
            contexts ->
                assertThat(contexts.get(0).getAllKeyValues().stream().map(Object::toString))
                    .noneMatch(keyValue -> keyValue.contains(SECRET)));
  }

  @Test
  void should_tag_a_failed_request_with_the_error_class_name() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    RequestTracker tracker =
        SibylObservability.builder(meters)
            .observationRegistry(observations)
            .build()
            .requestTracker();
    SimpleStatement bad = SimpleStatement.of("SELEC * FROM t");
    SyntaxErrorException error =
        new SyntaxErrorException(node.address(), "line 1:0 no viable alternative");

    Object state = tracker.onStart(bad);
    tracker.onError(bad, node, error, 1_000, state);

    TestObservationRegistryAssert.assertThat(observations)
        .hasObservationWithNameEqualTo("sibyl.requests")
        .that()
        .hasLowCardinalityKeyValue("outcome", "SyntaxErrorException")
        .hasError(error);
  }

  @Test
  void should_time_requests_by_outcome_and_kind_in_the_meter_registry() {
    RequestTracker tracker = SibylObservability.builder(meters).build().requestTracker();
    BatchStatement batch =
        BatchStatement.logged(
            SimpleStatement.of("INSERT INTO t (k) VALUES (1)"),
            SimpleStatement.of("INSERT INTO t (k) VALUES (2)"));

    succeed(tracker, INSERT, node);
    succeed(tracker, batch, node);
    Object state = tracker.onStart(INSERT);
    tracker.onError(INSERT, node, new DriverTimeoutException("no answer"), 1, state);

    assertThat(meters.get("sibyl.requests").tags("outcome", "success", "kind", "simple").timer())
        .extracting(Timer::count)
        .isEqualTo(1L);
    assertThat(meters.get("sibyl.requests").tags("outcome", "success", "kind", "batch").timer())
        .extracting(Timer::count)
        .isEqualTo(1L);
    assertThat(
            meters
                .get("sibyl.requests")
                .tags("outcome", "DriverTimeoutException", "kind", "simple")
                .timer()
                .count())
        .isOne();
    assertThat(meters.get("sibyl.request.timeouts").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("sibyl.node.requests").tag("node", "127.0.0.1:9042").counter().count())
        .isEqualTo(3.0);
  }

  @Test
  void should_record_retries_and_speculative_executions_as_events_and_counters() {
    List<String> events = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onEvent(Observation.Event event, Observation.Context context) {
                events.add(event.getName());
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    RequestTracker tracker =
        SibylObservability.builder(meters)
            .observationRegistry(observations)
            .build()
            .requestTracker();
    RuntimeException unavailable = new RuntimeException("unavailable");

    Object state = tracker.onStart(INSERT);
    tracker.onNodeError(INSERT, node, unavailable, state);
    tracker.onRetry(INSERT, unavailable, state);
    tracker.onSpeculativeExecution(INSERT, state);
    tracker.onSuccess(INSERT, new FakeNode("127.0.0.2", 9042), 1, state);

    assertThat(events).containsExactly("sibyl.retry", "sibyl.speculative-execution");
    assertThat(meters.get("sibyl.request.retries").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("sibyl.request.speculative").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("sibyl.node.errors").tag("node", "127.0.0.1:9042").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void should_count_a_node_error_once_when_the_failed_attempt_fails_the_request() {
    RequestTracker tracker = SibylObservability.builder(meters).build().requestTracker();
    RuntimeException error = new RuntimeException("write timeout");

    Object state = tracker.onStart(INSERT);
    tracker.onNodeError(INSERT, node, error, state); // reported for the attempt, then rethrown
    tracker.onError(INSERT, node, error, 1, state);
    Object other = tracker.onStart(INSERT);
    tracker.onError(INSERT, node, new RuntimeException("not retried"), 1, other);

    assertThat(meters.get("sibyl.node.errors").tag("node", "127.0.0.1:9042").counter().count())
        .isEqualTo(2.0);
  }

  @Test
  void should_read_node_gauges_from_the_node_and_remove_them_when_it_leaves() {
    SibylObservability observability = SibylObservability.builder(meters).build();
    NodeStateListener listener = observability.nodeStateListener();
    FakeNode other = new FakeNode("127.0.0.2", 9042);

    listener.onAdd(node);
    listener.onAdd(other);
    node.inFlight = 7;
    node.connections = 4;
    node.state = NodeState.DOWN;

    assertThat(meters.get("sibyl.node.in-flight").tag("node", "127.0.0.1:9042").gauge().value())
        .isEqualTo(7.0);
    assertThat(meters.get("sibyl.node.connections").tag("node", "127.0.0.1:9042").gauge().value())
        .isEqualTo(4.0);
    assertThat(meters.get("sibyl.node.up").tag("node", "127.0.0.1:9042").gauge().value()).isZero();
    assertThat(meters.get("sibyl.node.up").tag("node", "127.0.0.2:9042").gauge().value())
        .isEqualTo(1.0);

    listener.onRemove(node);

    assertThat(meters.find("sibyl.node.in-flight").tag("node", "127.0.0.1:9042").gauge()).isNull();
    assertThat(meters.getMeters())
        .noneMatch(meter -> "127.0.0.1:9042".equals(meter.getId().getTag("node")));
    assertThat(meters.find("sibyl.node.up").tag("node", "127.0.0.2:9042").gauge()).isNotNull();
  }

  @Test
  void should_publish_percentile_histograms_when_asked() {
    List<String> histograms = new CopyOnWriteArrayList<>();
    SimpleMeterRegistry recording =
        new SimpleMeterRegistry() {
          @Override
          protected Timer newTimer(
              Meter.Id id, DistributionStatisticConfig config, PauseDetector pauseDetector) {
            if (Boolean.TRUE.equals(config.isPercentileHistogram())) {
              histograms.add(id.getName());
            }
            return super.newTimer(id, config, pauseDetector);
          }
        };
    SibylObservability observability =
        SibylObservability.builder(recording).percentileHistograms(true).build();

    succeed(observability.requestTracker(), INSERT, node);
    var observer = observability.repositoryObserver();
    observer.stop(observer.start("users", "list"), null);

    assertThat(histograms).containsExactly("sibyl.requests", "sibyl.repository.calls");
  }

  @Test
  void should_time_repository_calls_by_repository_method_and_outcome() {
    SibylObservability observability = SibylObservability.builder(meters).build();
    var observer = observability.repositoryObserver();

    observer.stop(observer.start("users", "list"), null);
    observer.stop(observer.start("users", "one"), new IllegalStateException("two rows"));

    assertThat(
            meters
                .get("sibyl.repository.calls")
                .tags("repository", "users", "method", "list", "outcome", "success")
                .timer()
                .count())
        .isOne();
    assertThat(
            meters
                .get("sibyl.repository.calls")
                .tags("repository", "users", "method", "one", "outcome", "IllegalStateException")
                .timer()
                .count())
        .isOne();
  }
}
