package io.sibyl.it.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.it.bulk.Event;
import io.sibyl.it.bulk.EventTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.it.mapper.model.SampleRepository;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.micrometer.SibylObservability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sibyl's Micrometer binding against the shared node: requests, errors, gauges and DSL calls. */
@Timeout(120)
class MicrometerIT extends SessionITBase {
  private static final String SECRET = "s3cr3t-bound-value";

  private static SimpleMeterRegistry meters;
  private static final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
  private static Session observed;
  private static SibylObservability observability;

  @BeforeAll
  static void observedSession() {
    session.execute("CREATE TABLE observed_items (id int PRIMARY KEY, name text)");
    meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(new DefaultMeterObservationHandler(meters))
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    observability = SibylObservability.builder(meters).observationRegistry(observations).build();
    observed = newSession(builder -> observability.bind(builder.keyspace(keyspace)));
    observability.sessionMetrics(observed).bindTo(meters);
  }

  @AfterAll
  static void closeObserved() {
    if (observed != null) {
      observed.close();
    }
  }

  private static String nodeTag() {
    var address = observed.metadata().nodes().iterator().next().address();
    return address.getHostString() + ":" + address.getPort();
  }

  @Test
  void should_observe_real_requests_with_their_text_node_and_keyspace_but_not_their_values() {
    PreparedStatement insert =
        observed.prepare("INSERT INTO observed_items (id, name) VALUES (?, ?)");
    observed.execute(insert.bind(1, SECRET));
    observed.execute("SELECT * FROM observed_items WHERE id = 1");

    Timer prepared =
        meters.get("sibyl.requests").tags("outcome", "success", "kind", "prepared").timer();
    assertThat(prepared.count()).isOne();
    assertThat(prepared.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    assertThat(
            meters
                .get("sibyl.requests")
                .tags("outcome", "success", "kind", "simple")
                .timer()
                .count())
        .isPositive();
    assertThat(meters.get("sibyl.node.requests").tag("node", nodeTag()).counter().count())
        .isGreaterThanOrEqualTo(2.0);

    Observation.Context context =
        stopped.stream()
            .filter(c -> c.getHighCardinalityKeyValue("db.statement") != null)
            // This test's own INSERT: the DSL and batch tests insert into the same table.
            .filter(
                c ->
                    c.getHighCardinalityKeyValue("db.statement")
                        .getValue()
                        .equals("INSERT INTO observed_items (id, name) VALUES (?, ?)"))
            .findFirst()
            .orElseThrow();
    assertThat(context.getHighCardinalityKeyValue("db.statement").getValue())
        .isEqualTo("INSERT INTO observed_items (id, name) VALUES (?, ?)");
    assertThat(context.getHighCardinalityKeyValue("node").getValue()).isEqualTo(nodeTag());
    assertThat(context.getHighCardinalityKeyValue("db.namespace").getValue()).isEqualTo(keyspace);
    assertThat(context.getAllKeyValues().stream().map(Object::toString))
        .noneMatch(keyValue -> keyValue.contains(SECRET));
  }

  @Test
  void should_tag_a_syntax_error_with_its_class_name() {
    assertThatThrownBy(() -> observed.execute("SELEC * FROM observed_items"))
        .isInstanceOf(SyntaxErrorException.class);

    assertThat(
            meters
                .get("sibyl.requests")
                .tags("outcome", "SyntaxErrorException", "kind", "simple")
                .timer()
                .count())
        .isOne();
    assertThat(meters.get("sibyl.node.errors").tag("node", nodeTag()).counter().count())
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void should_read_the_gauges_of_the_real_node_and_throttle() {
    String node = nodeTag();

    assertThat(meters.get("sibyl.node.up").tag("node", node).gauge().value()).isEqualTo(1.0);
    assertThat(meters.get("sibyl.node.connections").tag("node", node).gauge().value())
        .isGreaterThanOrEqualTo(1.0);
    assertThat(meters.get("sibyl.node.in-flight").tag("node", node).gauge().value()).isZero();
    assertThat(meters.get("sibyl.throttle.queued").gauge().value()).isZero();
  }

  @Test
  void should_time_query_dsl_calls_as_repository_calls() {
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();
    QueryTable<ObservedItem> items = mapper.table(ObservedItem.class);

    items.save(new ObservedItem(7, "seven"));
    assertThat(items.get(7)).isEqualTo(new ObservedItem(7, "seven"));
    assertThat(items.select().list()).contains(new ObservedItem(7, "seven"));
    items.saveAsync(new ObservedItem(8, "eight")).toCompletableFuture().join();

    for (String method : List.of("save", "get", "list", "saveAsync")) {
      assertThat(
              meters
                  .get("sibyl.repository.calls")
                  .tags("repository", "observed_items", "method", method, "outcome", "success")
                  .timer()
                  .count())
          .as(method)
          .isOne();
    }
  }

  @Test
  void should_time_generated_repository_calls_by_interface_and_method() {
    session.execute(ProductTable.INSTANCE.createTableCql(keyspace));
    ProductTable.INSTANCE.createIndexesCql(keyspace).forEach(session::execute);
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();
    ProductRepository products = mapper.repository(ProductRepository.class);
    Product product = Product.of("p-1", "one", BigDecimal.ONE, 3, Set.of("a"), "c");

    products.save(product);
    assertThat(products.get("p-1")).isEqualTo(product);
    assertThat(products.getAsync("p-1").toCompletableFuture().join()).isEqualTo(product);

    for (String method : List.of("save", "get", "getAsync")) {
      assertThat(
              meters
                  .get("sibyl.repository.calls")
                  .tags("repository", "ProductRepository", "method", method, "outcome", "success")
                  .timer()
                  .count())
          .as(method)
          .isOne();
    }
  }

  @Test
  void should_tag_a_failing_generated_repository_call_with_its_error() {
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();
    // This class's keyspace has no samples table: preparing the statement fails.
    SampleRepository samples = mapper.repository(SampleRepository.class);

    Throwable error = catchThrowable(() -> samples.find(UUID.randomUUID()));

    assertThat(error).isNotNull();
    assertThat(
            meters
                .get("sibyl.repository.calls")
                .tags(
                    "repository",
                    "SampleRepository",
                    "method",
                    "find",
                    "outcome",
                    error.getClass().getSimpleName())
                .timer()
                .count())
        .isOne();
    assertThat(meters.find("sibyl.repository.calls").tag("repository", "SampleRepository").timers())
        .hasSize(1);
  }

  @Test
  void should_time_dsl_and_mapper_batches_by_table() {
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();
    QueryTable<ObservedItem> items = mapper.table(ObservedItem.class);

    try (QueryBatch batch = QueryBatch.unlogged(mapper)) {
      items.saveTo(batch, new ObservedItem(20, "twenty"));
      items.saveTo(batch, new ObservedItem(21, "twenty-one"));
    }
    mapper
        .loggedBatch()
        .add(items.saveStatement(new ObservedItem(22, "twenty-two")))
        .executeAsync()
        .toCompletableFuture()
        .join();

    // Read back with plain CQL: the other tests count the prepared requests and DSL calls.
    assertThat(observed.execute("SELECT id FROM observed_items WHERE id IN (20, 21, 22)").all())
        .hasSize(3);
    for (String method : List.of("batch", "batchAsync")) {
      assertThat(
              meters
                  .get("sibyl.repository.calls")
                  .tags("repository", "observed_items", "method", method, "outcome", "success")
                  .timer()
                  .count())
          .as(method)
          .isOne();
    }
  }

  @Test
  void should_time_a_bulk_write_as_one_call_tagged_with_its_outcome() {
    session.execute(EventTable.INSTANCE.createTableCql(keyspace));
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();
    QueryTable<Event> events = mapper.table(Event.class);
    List<Event> good = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      good.add(new Event("observed-" + (i / 10), i % 10, "payload"));
    }

    assertThat(events.saveAll(good).succeeded()).isTrue();
    assertThat(
            events
                .saveAllAsync(good.iterator(), BulkOptions.defaults())
                .toCompletableFuture()
                .join()
                .written())
        .isEqualTo(200);
    List<Event> someRefused = new ArrayList<>(good);
    someRefused.add(50, new Event("", 1, "an empty partition key is refused"));
    BulkResult<Event> partial = events.saveAll(someRefused);

    assertThat(partial.written()).isEqualTo(200);
    assertThat(partial.failed()).isOne();
    for (String method : List.of("saveAll", "saveAllAsync")) {
      assertThat(
              meters
                  .get("sibyl.repository.calls")
                  .tags("repository", "bulk_events", "method", method, "outcome", "success")
                  .timer()
                  .count())
          .as(method)
          .isOne();
    }
    // A write that left entities out is one call that failed, though it returned normally.
    assertThat(
            meters
                .get("sibyl.repository.calls")
                .tags(
                    "repository",
                    "bulk_events",
                    "method",
                    "saveAll",
                    "outcome",
                    "BulkWriteException")
                .timer()
                .count())
        .isOne();
    // One call per write, not one per entity: three timers (two outcomes of saveAll) of one each.
    assertThat(meters.find("sibyl.repository.calls").tag("repository", "bulk_events").timers())
        .hasSize(3)
        .allSatisfy(timer -> assertThat(timer.count()).isOne());
  }

  @Test
  void should_tag_a_failing_batch_of_plain_cql_with_its_error() {
    Mapper mapper =
        Mapper.builder(observed).repositoryObserver(observability.repositoryObserver()).build();

    Throwable error =
        catchThrowable(
            () ->
                mapper
                    .unloggedBatch()
                    .add(SimpleStatement.of("INSERT INTO no_such_table (id) VALUES (1)"))
                    .execute());

    assertThat(error).isNotNull();
    assertThat(
            meters
                .get("sibyl.repository.calls")
                .tags(
                    "repository",
                    "batch",
                    "method",
                    "batch",
                    "outcome",
                    error.getClass().getSimpleName())
                .timer()
                .count())
        .isOne();
  }
}
