package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ConcurrentExecution;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ExecutionProfile;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.it.support.SessionITBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Execution profiles, the concurrent execution utility, metrics, trackers and schema metadata. */
class SessionFeaturesIT extends SessionITBase {

  @Test
  void should_apply_an_execution_profile_unless_the_statement_says_otherwise() {
    List<Statement<?>> seen = new CopyOnWriteArrayList<>();
    RequestTracker tracker =
        new RequestTracker() {
          @Override
          public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
            seen.add(statement);
          }
        };
    try (Session profiled =
        newSession(
            builder ->
                builder
                    .keyspace(keyspace)
                    .addRequestTracker(tracker)
                    .executionProfile(
                        "slow",
                        ExecutionProfile.DEFAULTS
                            .withConsistency(Consistency.ONE)
                            .withTimeout(Duration.ofSeconds(30))
                            .withPageSize(7)))) {
      profiled.execute(
          SimpleStatement.of("SELECT * FROM system.local").withExecutionProfile("slow"));
      profiled.execute(
          SimpleStatement.of("SELECT * FROM system.local")
              .withExecutionProfile("slow")
              .withConsistency(Consistency.LOCAL_ONE));

      assertThat(seen.get(0).consistency()).isEqualTo(Consistency.ONE);
      assertThat(seen.get(0).timeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(seen.get(0).pageSize()).isEqualTo(7);
      assertThat(seen.get(1).consistency()).isEqualTo(Consistency.LOCAL_ONE);
      assertThatThrownBy(
              () -> profiled.execute(SimpleStatement.of("SELECT 1").withExecutionProfile("nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'nope'")
          .hasMessageContaining("[slow]");
    }
  }

  @Test
  void should_complete_with_the_converted_page_or_the_converters_exception() {
    session.execute("CREATE TABLE converted (id int PRIMARY KEY, v text)");
    session.execute("INSERT INTO converted (id, v) VALUES (1, 'one')");
    SimpleStatement select = SimpleStatement.of("SELECT v FROM converted WHERE id = ?", 1);

    String value =
        session
            .executeAsync(select, rows -> rows.one().getString("v"))
            .toCompletableFuture()
            .join();
    IllegalStateException broken = new IllegalStateException("converter broke");
    CompletableFuture<Object> failed =
        session
            .executeAsync(
                select,
                rows -> {
                  throw broken;
                })
            .toCompletableFuture();
    CompletableFuture<Integer> serverError =
        session
            .executeAsync(
                SimpleStatement.of("SELECT v FROM no_such_table"), rows -> rows.remaining())
            .toCompletableFuture();

    assertThat(value).isEqualTo("one");
    assertThatThrownBy(failed::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isSameAs(broken);
    assertThatThrownBy(serverError::join).hasCauseInstanceOf(InvalidQueryException.class);
  }

  @Test
  void should_run_many_statements_with_bounded_concurrency_and_report_each_outcome() {
    session.execute("CREATE TABLE bulk (id int PRIMARY KEY, v text)");
    List<ConcurrentExecution.Outcome> outcomes =
        ConcurrentExecution.executeAll(
            session,
            IntStream.range(0, 500)
                .mapToObj(
                    i ->
                        i == 250
                            ? SimpleStatement.of("INSERT INTO no_such_table (id) VALUES (1)")
                            : SimpleStatement.of(
                                "INSERT INTO bulk (id, v) VALUES (?, ?)", i, "v" + i)),
            16);

    assertThat(outcomes).hasSize(500);
    assertThat(outcomes.get(250).succeeded()).isFalse();
    assertThat(outcomes.get(250).error()).isInstanceOf(InvalidQueryException.class);
    assertThat(outcomes.stream().filter(ConcurrentExecution.Outcome::succeeded)).hasSize(499);
    assertThat(session.execute("SELECT count(*) FROM bulk").one().getLong(0)).isEqualTo(499);
  }

  @Test
  void should_count_requests_errors_and_latencies() {
    try (Session measured = newSession(builder -> builder.keyspace(keyspace))) {
      for (int i = 0; i < 20; i++) {
        measured.execute("SELECT release_version FROM system.local");
      }
      assertThatThrownBy(() -> measured.execute("SELEKT 1"))
          .isInstanceOf(SyntaxErrorException.class);

      assertThat(measured.metrics().requests()).isGreaterThanOrEqualTo(21);
      assertThat(measured.metrics().errors()).isEqualTo(1);
      assertThat(measured.metrics().errorsByKind()).containsEntry("SyntaxErrorException", 1L);
      assertThat(measured.metrics().latencyMicros(50)).isPositive();
      assertThat(measured.metrics().latencyMicros(99.9))
          .isGreaterThanOrEqualTo(measured.metrics().latencyMicros(50));
      assertThat(measured.metrics().openConnections()).isPositive();
    }
  }

  @Test
  void should_see_new_tables_in_the_schema_metadata_after_ddl() {
    session.execute("CREATE TYPE address (street text, city text)");
    session.execute(
        "CREATE TABLE described (id uuid, day date, at timestamp, who frozen<address>,"
            + " tags set<text>, PRIMARY KEY ((id, day), at)) WITH CLUSTERING ORDER BY (at DESC)");
    session.execute("CREATE INDEX described_tags ON described (tags)");

    KeyspaceMetadata ks = session.metadata().keyspace(keyspace).orElseThrow();
    TableMetadata table = ks.table("described").orElseThrow();

    assertThat(table.partitionKey()).extracting(c -> c.name()).containsExactly("id", "day");
    assertThat(table.clusteringColumns())
        .singleElement()
        .satisfies(c -> assertThat(c.descending()).isTrue());
    assertThat(table.column("who").orElseThrow().type().asCql()).contains("address");
    assertThat(table.indexes()).containsKey("described_tags");
    assertThat(ks.userType("address").orElseThrow().fieldNames()).containsExactly("street", "city");
    assertThat(session.execute("SELECT * FROM described").executionInfo().schemaInAgreement())
        .isTrue();
  }
}
