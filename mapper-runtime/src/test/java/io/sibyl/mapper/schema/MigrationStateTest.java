package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decisions of the migration state machine: what runs, what is refused and why. */
class MigrationStateTest {

  private static Migration file(String version, String script) {
    return Migration.of("db/migration/V" + version + "__m.cql", script);
  }

  private static Map<String, MigrationRecord> history(MigrationRecord... records) {
    Map<String, MigrationRecord> history = new LinkedHashMap<>();
    for (MigrationRecord record : records) {
      history.put(record.version(), record);
    }
    return history;
  }

  private static MigrationRecord done(Migration migration) {
    return new MigrationRecord(
        migration.version(),
        migration.resource(),
        migration.checksum(),
        MigrationRecord.DONE,
        "holder-1",
        Instant.EPOCH,
        1,
        1);
  }

  private static MigrationRecord started(Migration migration, int done, int total) {
    return new MigrationRecord(
        migration.version(),
        migration.resource(),
        migration.checksum(),
        MigrationRecord.STARTED,
        "holder-1",
        Instant.EPOCH,
        done,
        total);
  }

  private final Migration v1 = file("1", "CREATE TABLE a (id int PRIMARY KEY)");
  private final Migration v2 =
      file("2", "CREATE TABLE b (id int PRIMARY KEY); INSERT INTO b (id) VALUES (1)");
  private final Migration v3 = file("3", "CREATE TABLE c (id int PRIMARY KEY)");

  @Test
  void should_run_only_the_migrations_not_recorded() {
    assertThat(MigrationRunner.pending(List.of(v1, v2, v3), history(done(v1)), false))
        .containsExactly(v2, v3);
  }

  @Test
  void should_refuse_everything_with_a_repair_hint_when_a_migration_was_started_and_not_finished() {
    assertThatThrownBy(
            () ->
                MigrationRunner.pending(
                    List.of(v1, v2, v3), history(done(v1), started(v2, 1, 2)), false))
        .isInstanceOfSatisfying(
            MigrationIncompleteException.class, e -> assertThat(e.version()).isEqualTo("2"))
        .hasMessageContaining("holder-1")
        .hasMessageContaining("1 of its 2 statement(s)")
        .hasMessageContaining("mapper.schema().repair(\"2\")");
  }

  @Test
  void should_count_a_repaired_migration_and_a_row_without_state_as_applied() {
    MigrationRecord repaired =
        new MigrationRecord(
            "2", v2.resource(), v2.checksum(), MigrationRecord.REPAIRED, "h", null, 1, 2);
    MigrationRecord legacy =
        new MigrationRecord("1", v1.resource(), v1.checksum(), null, null, null, 0, 0);

    assertThat(MigrationRunner.pending(List.of(v1, v2, v3), history(legacy, repaired), false))
        .containsExactly(v3);
  }

  @Test
  void should_refuse_a_version_lower_than_an_applied_one_unless_out_of_order_is_allowed() {
    Map<String, MigrationRecord> history = history(done(v1), done(v3));

    assertThatThrownBy(() -> MigrationRunner.pending(List.of(v1, v2, v3), history, false))
        .isInstanceOf(MigrationOrderException.class)
        .hasMessageContaining(v2.resource())
        .hasMessageContaining("V3")
        .hasMessageContaining("outOfOrderMigrations(true)");
    assertThat(MigrationRunner.pending(List.of(v1, v2, v3), history, true)).containsExactly(v2);
  }

  @Test
  void should_ignore_applied_versions_this_instance_does_not_know_when_rolled_back() {
    // v3 was applied by a newer release; the older one only knows v1 and v2.
    assertThat(
            MigrationRunner.pending(List.of(v1, v2), history(done(v1), done(v2), done(v3)), false))
        .isEmpty();
  }

  @Test
  void should_refuse_a_changed_file() {
    Migration edited = file("1", "CREATE TABLE a (id text PRIMARY KEY)");

    assertThatThrownBy(() -> MigrationRunner.pending(List.of(edited), history(done(v1)), false))
        .isInstanceOf(MigrationChecksumException.class)
        .hasMessageContaining("new version");
  }
}
