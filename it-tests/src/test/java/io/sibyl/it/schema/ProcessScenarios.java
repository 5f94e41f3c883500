package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.embedded.CassandraCluster;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.MigrationIncompleteException;
import io.sibyl.mapper.schema.SchemaMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The scenarios of the separate-process schema tests, shared by the single-node and the three-node
 * test classes: child JVMs ({@link MigrationChild}, {@link ApplyChild}) that apply migrations and
 * are killed, paused or started eight at once.
 */
final class ProcessScenarios {

  private static final String FENCED = "io/sibyl/it/schema/fenced";
  private static final String FLEET = "io/sibyl/it/schema/fleet";
  private static final String INTERLEAVE = "io/sibyl/it/schema/interleave";
  private static final int LEASE_SECONDS = 3;

  private final CassandraCluster cluster;
  private final Session session;
  private final String keyspace;

  /**
   * Scenarios on a cluster, read through a session that uses {@code keyspace}; the children get all
   * the cluster's contact points.
   */
  ProcessScenarios(CassandraCluster cluster, Session session, String keyspace) {
    this.cluster = cluster;
    this.session = session;
    this.keyspace = keyspace;
  }

  /** Drops what a previous scenario left behind. */
  void forgetHistory() {
    session.execute("DROP TABLE IF EXISTS sibyl_schema_history");
    session.execute("DROP TABLE IF EXISTS fenced");
    session.execute("DROP TABLE IF EXISTS fleet_runs");
    session.execute("DROP TABLE IF EXISTS fleet_event");
    session.execute("DROP TABLE IF EXISTS kill_event");
    session.execute("DROP TABLE IF EXISTS interleave_audit");
  }

  /** A process killed half way through a migration: the next start refuses to run it again. */
  void refuseAfterKill() throws Exception {
    Process child = startFenced();
    try {
      awaitStatements(10);
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    int done = statementsDone();
    assertThat(done).isBetween(10, 199);

    // Waits for the killed holder's lease to expire, then refuses instead of running it again.
    assertRefusesToRerun();
    assertThat(statementsDone()).isEqualTo(done);
    assertThat(fencedRows()).isBetween(done - 1, done);
  }

  /**
   * A process killed half way through expanding the schema (after its table, before its last
   * index): the next start waits for the dead holder's lease and completes the expansion.
   */
  void completeApplyAfterKill() throws Exception {
    Process child = start(ExpandChild.class, FENCED, String.valueOf(LEASE_SECONDS));
    int atKill;
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(2))
          .until(() -> killEventIndexes() >= 0);
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      // On three nodes the node asked next may not have the new table yet: let them agree first.
      session.refreshSchema();
      atKill = killEventIndexes();
    } finally {
      child.destroyForcibly();
    }
    System.out.println("kill_event indexes when the expanding process was killed: " + atKill);
    assertThat(atKill).as("indexes created before the kill").isBetween(0, 3);

    Mapper next =
        Mapper.builder(session)
            .schemaEntities(KillEvent.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .build();
    try {
      assertThat(next.schema().plan().changes()).isEmpty();
      assertThat(killEventIndexes()).isEqualTo(4);
    } finally {
      next.close();
    }
  }

  /** The indexes of kill_event, or -1 while the table does not exist (asked of the node). */
  private int killEventIndexes() {
    Row table =
        session
            .execute(
                "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?"
                    + " AND table_name = 'kill_event'",
                keyspace)
            .one();
    if (table == null) {
      return -1;
    }
    return session
        .execute(
            "SELECT index_name FROM system_schema.indexes WHERE keyspace_name = ?"
                + " AND table_name = 'kill_event'",
            keyspace)
        .all()
        .size();
  }

  /**
   * A lock holder paused past its lease aborts when it resumes, writing at most the statement it
   * had in flight; then a new holder refuses the half-applied migration and finds it unchanged.
   */
  void abortPausedHolder() throws Exception {
    Process child = startFenced();
    try {
      awaitStatements(10);
      signal(child, "STOP");
      Thread.sleep(TimeUnit.SECONDS.toMillis(LEASE_SECONDS + 2));
      // Read after the sleep: a progress update sent just before the stop may land after it.
      int paused = statementsDone();
      assertThat(session.execute("SELECT owner FROM sibyl_schema_lock WHERE name = 'schema'").one())
          .as("the paused holder's lease expired")
          .isNull();
      signal(child, "CONT");

      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = output(child);
      assertThat(child.exitValue()).as(output).isEqualTo(3);
      assertThat(output).contains("RESULT io.sibyl.mapper.schema.SchemaLockLostException");
      // At most the statement in flight when it was paused completed after the pause.
      int done = statementsDone();
      assertThat(done).isBetween(paused, paused + 1);
      assertThat(fencedRows()).isBetween(done - 1, done);
      assertRefusesToRerun();
      assertThat(statementsDone()).isEqualTo(done);
    } finally {
      child.destroyForcibly();
    }
  }

  /**
   * Holder A is paused ({@code SIGSTOP}) after about ten statements of its migration V1 and stays
   * paused past its lease; holder B then takes the lock, repairs V1 (what an operator does after a
   * holder died) and runs V2; A is resumed while B is half way through V2. Every statement of both
   * scripts writes one audit row {@code (version, seq, at = now())}: the version names the holder
   * (the history records A's lock token for V1 and B's for V2), seq the statement's place in its
   * file, and {@code at} the coordinator's time when it ran.
   *
   * <p>Asserted: A exits with {@link io.sibyl.mapper.schema.SchemaLockLostException} (exit code 3)
   * and B with success; A completed at most one statement after it was paused (the one it had in
   * flight) and no A row was written after B's first row except, at most, that one in-flight
   * statement (A's last seq); every seq of each version appears exactly once (V2: 1..200; V1: 1..n
   * with nothing after n), so no statement's side effect happened twice.
   */
  void pausedHolderDoesNotInterleave() throws Exception {
    // A keyspace of its own, with the same replication: the bookkeeping tables have ids derived
    // from their names, and a node may not know such a table for a while after the other
    // scenarios dropped and recreated it ("Unknown CF").
    String own = keyspace + "_interleave";
    Map<String, String> replication =
        session
            .execute(
                "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?", keyspace)
            .one()
            .getMap("replication", String.class, String.class);
    session.execute(
        "CREATE KEYSPACE IF NOT EXISTS "
            + own
            + " WITH replication = {"
            + replication.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': '" + e.getValue() + "'")
                .collect(Collectors.joining(", "))
            + "}");
    session.refreshSchema();
    SessionBuilder builder =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .localDatacenter(cluster.localDatacenter())
            .keyspace(own)
            .requestTimeout(Duration.ofSeconds(30));
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    try (Session ownSession = builder.build()) {
      new ProcessScenarios(cluster, ownSession, own).interleave();
    }
  }

  private void interleave() throws Exception {
    Process holderA = start(MigrationChild.class, INTERLEAVE, String.valueOf(LEASE_SECONDS));
    Process holderB = null;
    try {
      awaitStatements("1", 10);
      signal(holderA, "STOP");
      Thread.sleep(TimeUnit.SECONDS.toMillis(LEASE_SECONDS + 2));
      // Read after the sleep: a progress update sent just before the stop may land after it.
      int paused = statementsDone("1");
      assertThat(session.execute("SELECT owner FROM sibyl_schema_lock WHERE name = 'schema'").one())
          .as("the paused holder's lease expired")
          .isNull();

      holderB = start(MigrationChild.class, INTERLEAVE, String.valueOf(LEASE_SECONDS), "1");
      try {
        awaitStatements("2", 10);
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        holderB.destroyForcibly();
        throw new AssertionError(
            "Holder B did not get 10 statements into V2:\n" + output(holderB), e);
      }
      signal(holderA, "CONT");

      assertThat(holderA.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String outputA = output(holderA);
      assertThat(holderA.exitValue()).as(outputA).isEqualTo(3);
      assertThat(outputA).contains("RESULT io.sibyl.mapper.schema.SchemaLockLostException");
      assertThat(holderB.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String outputB = output(holderB);
      assertThat(holderB.exitValue()).as(outputB).isZero();
      assertThat(outputB).contains("REPAIRED 1", "RESULT OK");

      int doneA = statementsDone("1");
      assertThat(doneA).as("statements A completed after its pause").isBetween(paused, paused + 1);
      Row v1 =
          session
              .execute(quorum("SELECT state, holder FROM sibyl_schema_history WHERE version = '1'"))
              .one();
      Row v2 =
          session
              .execute(quorum("SELECT state, holder FROM sibyl_schema_history WHERE version = '2'"))
              .one();
      assertThat(v1.getString("state")).isEqualTo("REPAIRED");
      assertThat(v2.getString("state")).isEqualTo("DONE");
      assertThat(v2.getString("holder")).isNotEqualTo(v1.getString("holder"));

      List<AuditRow> rowsA = audit("1");
      List<AuditRow> rowsB = audit("2");
      assertThat(rowsB).extracting(AuditRow::seq).containsExactlyElementsOf(range(1, 200));
      // Statement 1 of V1 creates the audit table; seq k is its statement k + 1.
      int lastA = rowsA.get(rowsA.size() - 1).seq();
      assertThat(rowsA).extracting(AuditRow::seq).containsExactlyElementsOf(range(1, lastA));
      assertThat(lastA).as("A's last audited statement").isBetween(doneA - 2, doneA - 1);
      long firstB = rowsB.stream().mapToLong(AuditRow::at).min().orElseThrow();
      List<Integer> lateA = rowsA.stream().filter(r -> r.at() > firstB).map(AuditRow::seq).toList();
      System.out.println(
          "paused holder: paused after "
              + paused
              + " statement(s), done "
              + doneA
              + "; A rows after B's first: "
              + lateA);
      assertThat(lateA).as("A's rows written after B's first").hasSizeLessThanOrEqualTo(1);
      if (!lateA.isEmpty()) {
        assertThat(lateA).as("only A's in-flight statement lands late").containsExactly(lastA);
      }
    } finally {
      holderA.destroyForcibly();
      if (holderB != null) {
        holderB.destroyForcibly();
      }
    }
  }

  /** One audit row: its statement's place in the file and when the coordinator ran it. */
  private record AuditRow(int seq, long at) {}

  /** A version's audit rows by seq (then time), read at QUORUM; {@code at} in 100 ns units. */
  private List<AuditRow> audit(String version) {
    return session
        .execute(
            quorum("SELECT seq, at FROM interleave_audit WHERE version = ?").withValues(version))
        .all()
        .stream()
        .map(r -> new AuditRow(r.getInt("seq"), r.getUuid("at").timestamp()))
        .toList();
  }

  private static List<Integer> range(int first, int last) {
    List<Integer> values = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      values.add(i);
    }
    return values;
  }

  /** Eight processes apply the same model and migrations at once: each change happens once. */
  void applyOnceFromEightProcesses() throws Exception {
    String startAt = String.valueOf(System.currentTimeMillis() + 15_000);
    List<Process> fleet = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        fleet.add(start(ApplyChild.class, FLEET, startAt));
      }
      List<String> lines = new ArrayList<>();
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
      assertThat(
              session
                  .execute(quorum("SELECT runs FROM fleet_runs WHERE id = 1"))
                  .one()
                  .getLong("runs"))
          .isEqualTo(1L);
    } finally {
      fleet.forEach(Process::destroyForcibly);
    }
  }

  private void assertRefusesToRerun() {
    Mapper next = Mapper.builder(session).migrations(FENCED).schemaEntities(Void.class).build();
    assertThatThrownBy(() -> next.schema().migrate())
        .isInstanceOf(MigrationIncompleteException.class)
        .hasMessageContaining("V1__fill.cql")
        .hasMessageContaining("repair(\"1\")");
  }

  private Process startFenced() throws IOException {
    return start(MigrationChild.class, FENCED, String.valueOf(LEASE_SECONDS));
  }

  private void awaitStatements(int count) {
    awaitStatements("1", count);
  }

  private void awaitStatements(String version, int count) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> statementsDone(version) >= count);
  }

  private Process start(Class<?> main, String folder, String... last) throws IOException {
    String contactPoints =
        cluster.contactPoints().stream()
            .map(ProcessScenarios::hostAndPort)
            .collect(Collectors.joining(","));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                contactPoints,
                cluster.localDatacenter(),
                keyspace,
                folder));
    command.addAll(List.of(last));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (cluster.username() != null) {
      builder.environment().put("SIBYL_USERNAME", cluster.username());
      builder.environment().put("SIBYL_PASSWORD", cluster.password());
    }
    builder.redirectErrorStream(true);
    return builder.start();
  }

  private static String hostAndPort(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }

  private int statementsDone() {
    return statementsDone("1");
  }

  private int statementsDone(String version) {
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
              .execute(
                  quorum("SELECT statements_done FROM sibyl_schema_history WHERE version = ?")
                      .withValues(version))
              .one();
    } catch (DriverException e) {
      return -1; // the table is being created by the child ("Unknown CF" for a moment)
    }
    return row == null || row.isNull("statements_done") ? -1 : row.getInt("statements_done");
  }

  private int fencedRows() {
    return (int) session.execute(quorum("SELECT count(*) FROM fenced")).one().getLong(0);
  }

  /** Reads what the children wrote at QUORUM, whichever replicas answer. */
  private static SimpleStatement quorum(String query) {
    return SimpleStatement.of(query).withConsistency(Consistency.QUORUM);
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
}
