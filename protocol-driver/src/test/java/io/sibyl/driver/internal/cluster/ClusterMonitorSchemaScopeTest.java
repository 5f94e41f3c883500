package io.sibyl.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.TestRows;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The control connection's {@code system_schema} queries under a schema metadata scope. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusterMonitorSchemaScopeTest {
  private static final List<String> SCHEMA_TABLES =
      List.of("tables", "columns", "types", "indexes");
  private final EventLoopGroup scheduler = new DefaultEventLoopGroup(1);
  private final FakeCluster cluster = new FakeCluster(1);
  private FakeOwner owner;
  private ClusterMonitor monitor;

  @AfterEach
  void tearDown() {
    owner.closed = true;
    monitor.close();
    cluster.close();
    scheduler.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void should_read_every_keyspace_by_default() throws Exception {
    start(builder -> {});

    for (String table : SCHEMA_TABLES) {
      assertThat(cluster.count("SELECT * FROM system_schema." + table)).isEqualTo(1);
    }
  }

  @Test
  void should_ask_only_for_the_chosen_keyspaces() throws Exception {
    start(builder -> builder.schemaMetadata("shop", "audit"));

    for (String table : SCHEMA_TABLES) {
      assertThat(cluster.count("SELECT * FROM system_schema." + table)).isZero();
      assertThat(
              cluster.count(
                  "SELECT * FROM system_schema."
                      + table
                      + " WHERE keyspace_name IN ('audit', 'shop')"))
          .isEqualTo(1);
    }
    // Replication of every keyspace: for the token map at start, then with the tables.
    assertThat(cluster.count("SELECT * FROM system_schema.keyspaces")).isEqualTo(2);
  }

  @Test
  void should_read_only_the_keyspaces_rows_when_schema_metadata_is_off() throws Exception {
    start(builder -> builder.schemaMetadataEnabled(false));

    assertThat(cluster.count("SELECT * FROM system_schema.keyspaces")).isEqualTo(1);
    assertThat(cluster.queries.keySet())
        .noneMatch(cql -> cql.startsWith("SELECT * FROM system_schema.t"))
        .noneMatch(cql -> cql.startsWith("SELECT * FROM system_schema.c"))
        .noneMatch(cql -> cql.startsWith("SELECT * FROM system_schema.i"));
    assertThat(monitor.keyspaces()).isEmpty();
  }

  @Test
  void should_read_no_table_until_a_keyspace_is_included_when_on_demand() throws Exception {
    start(SessionBuilder::schemaMetadataOnDemand);

    assertThat(cluster.count("SELECT * FROM system_schema.keyspaces")).isEqualTo(1);
    assertThat(cluster.queries.keySet())
        .noneMatch(cql -> cql.startsWith("SELECT * FROM system_schema.t"))
        .noneMatch(cql -> cql.startsWith("SELECT * FROM system_schema.c"));
    assertThat(monitor.scope().includes("shop")).isFalse();

    monitor.include(List.of("shop")).get(5, TimeUnit.SECONDS);
    monitor.include(List.of("shop")).get(5, TimeUnit.SECONDS); // already in scope: no second read

    for (String table : SCHEMA_TABLES) {
      assertThat(
              cluster.count(
                  "SELECT * FROM system_schema." + table + " WHERE keyspace_name IN ('shop')"))
          .isEqualTo(1);
    }
    assertThat(monitor.scope().includes("shop")).isTrue();
    assertThat(monitor.scope().includes("other")).isFalse();
  }

  @Test
  void should_leave_every_keyspace_in_scope_when_asked_to_include_one() throws Exception {
    start(builder -> {});

    monitor.include(List.of("shop")).get(5, TimeUnit.SECONDS);

    assertThat(monitor.scope()).isEqualTo(SchemaScope.ALL);
    assertThat(cluster.count("SELECT * FROM system_schema.tables")).isEqualTo(1);
  }

  @Test
  void should_complete_init_before_the_tables_are_read_and_make_readers_wait_for_them()
      throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    cluster.tablesGate = gate;
    try {
      create(builder -> {});

      // Init needs the nodes and the keyspaces' replication only: it ends while the tables wait.
      monitor.init(List.of(cluster.member(1).dial), null).get(5, TimeUnit.SECONDS);
      assertThat(monitor.tokenMap()).isNotNull();
      CompletableFuture<?> reader = CompletableFuture.supplyAsync(monitor::keyspacesWhenRead);
      Thread.sleep(300);
      assertThat(reader).isNotDone();

      gate.countDown();
      reader.get(5, TimeUnit.SECONDS);
      assertThat(cluster.count("SELECT * FROM system_schema.tables")).isEqualTo(1);
    } finally {
      gate.countDown();
    }
  }

  private void start(Consumer<SessionBuilder> settings) throws Exception {
    create(settings);
    monitor.init(List.of(cluster.member(1).dial), null).get(15, TimeUnit.SECONDS);
    monitor.keyspacesWhenRead(); // the tables are read after init, in the background
  }

  private void create(Consumer<SessionBuilder> settings) {
    owner =
        new FakeOwner(
            TestRows.config(
                builder -> {
                  builder
                      .connectTimeout(Duration.ofSeconds(1))
                      .reconnectionPolicy(new ConstantReconnectionPolicy(Duration.ofMillis(50)));
                  settings.accept(builder);
                }));
    monitor = new ClusterMonitor(owner, cluster.nodes.opener(), TestRows.decoder(), scheduler);
  }
}
