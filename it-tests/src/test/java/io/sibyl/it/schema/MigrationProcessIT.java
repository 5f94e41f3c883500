package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.MigrationIncompleteException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Migrations applied by separate JVM processes that are killed ({@code SIGKILL}) or paused ({@code
 * SIGSTOP}) half way: the next start refuses with the repair message, and a paused lock holder
 * stops when it resumes past its lease.
 */
@Timeout(180)
class MigrationProcessIT extends SessionITBase {

  private static final String FOLDER = "io/sibyl/it/schema/fenced";
  private static final int LEASE_SECONDS = 3;

  @BeforeEach
  void forgetHistory() {
    session.execute("DROP TABLE IF EXISTS sibyl_schema_history");
    session.execute("DROP TABLE IF EXISTS fenced");
    session.execute("DROP TABLE IF EXISTS fleet_runs");
    session.execute("DROP TABLE IF EXISTS fleet_event");
  }

  private static Process startChild() throws IOException {
    return start(MigrationChild.class, FOLDER, String.valueOf(LEASE_SECONDS));
  }

  private static Process start(Class<?> main, String folder, String last) throws IOException {
    InetSocketAddress node = cluster.contactPoints().get(0);
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                node.getHostString(),
                String.valueOf(node.getPort()),
                cluster.localDatacenter(),
                keyspace,
                folder,
                last));
    if (cluster.username() != null) {
      builder.environment().put("SIBYL_USERNAME", cluster.username());
      builder.environment().put("SIBYL_PASSWORD", cluster.password());
    }
    builder.redirectErrorStream(true);
    return builder.start();
  }

  private static int statementsDone() {
    if (session
        .metadata()
        .keyspace(keyspace)
        .orElseThrow()
        .table("sibyl_schema_history")
        .isEmpty()) {
      session.refreshSchema();
      return -1;
    }
    Row row;
    try {
      row =
          session
              .execute("SELECT statements_done FROM sibyl_schema_history WHERE version = '1'")
              .one();
    } catch (DriverException e) {
      return -1; // the table is being created by the child ("Unknown CF" for a moment)
    }
    return row == null || row.isNull("statements_done") ? -1 : row.getInt("statements_done");
  }

  private static void signal(Process process, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }

  private static String output(Process process) throws IOException {
    try (InputStream in = process.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void should_refuse_with_the_repair_message_after_a_process_was_killed_half_way()
      throws Exception {
    Process child = startChild();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> statementsDone() >= 10);
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    int done = statementsDone();
    assertThat(done).isBetween(10, 199);

    Mapper next = Mapper.builder(session).migrations(FOLDER).schemaEntities(Void.class).build();
    // Waits for the killed holder's lease to expire, then refuses instead of running it again.
    assertThatThrownBy(() -> next.schema().migrate())
        .isInstanceOf(MigrationIncompleteException.class)
        .hasMessageContaining("V1__fill.cql")
        .hasMessageContaining("repair(\"1\")");
    assertThat(statementsDone()).isEqualTo(done);
  }

  @Test
  void should_abort_a_lock_holder_that_resumes_after_its_lease_expired() throws Exception {
    Process child = startChild();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> statementsDone() >= 10);
      signal(child, "STOP");
      int paused = statementsDone();
      Thread.sleep(TimeUnit.SECONDS.toMillis(LEASE_SECONDS + 2));
      assertThat(session.execute("SELECT owner FROM sibyl_schema_lock WHERE name = 'schema'").one())
          .as("the paused holder's lease expired")
          .isNull();
      signal(child, "CONT");

      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = output(child);
      assertThat(child.exitValue()).as(output).isEqualTo(3);
      assertThat(output).contains("RESULT io.sibyl.mapper.schema.SchemaLockLostException");
      // At most the statement in flight when it was paused completed after the pause.
      assertThat(statementsDone()).isBetween(paused, paused + 1);
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void should_apply_each_change_and_migration_exactly_once_when_eight_processes_start_at_once()
      throws Exception {
    String startAt = String.valueOf(System.currentTimeMillis() + 15_000);
    List<Process> fleet = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        fleet.add(start(ApplyChild.class, "io/sibyl/it/schema/fleet", startAt));
      }
      List<String> lines = new java.util.ArrayList<>();
      for (Process process : fleet) {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = output(process);
        assertThat(process.exitValue()).as(output).isZero();
        output
            .lines()
            .filter(l -> l.startsWith("MIGRATED ") || l.startsWith("APPLIED "))
            .forEach(lines::add);
      }
      assertThat(lines)
          .containsExactlyInAnyOrder(
              "MIGRATED 1",
              "APPLIED " + keyspace + ".fleet_event",
              "APPLIED " + keyspace + ".fleet_event index fleet_event_kind_idx");
      assertThat(session.execute("SELECT runs FROM fleet_runs WHERE id = 1").one().getLong("runs"))
          .isEqualTo(1L);
    } finally {
      fleet.forEach(Process::destroyForcibly);
    }
  }
}
