package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.MigrationIncompleteException;
import io.sibyl.mapper.schema.SchemaLockLostException;
import io.sibyl.mapper.schema.SchemaMismatchException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Migrations that stop half way are refused with a repair hint instead of run again. */
@Timeout(120)
class MigrationFailureIT extends SessionITBase {

  private static Row history(String version) {
    return session
        .execute(
            "SELECT state, statements_done, statements_total, holder FROM sibyl_schema_history"
                + " WHERE version = ?",
            version)
        .one();
  }

  @BeforeEach
  void forgetHistory() {
    session.execute("DROP TABLE IF EXISTS sibyl_schema_history");
  }

  @Test
  void should_refuse_a_half_done_migration_until_repaired_then_go_on() {
    Mapper mapper =
        Mapper.builder(session)
            .migrations("io/sibyl/it/schema/broken")
            .schemaEntities(Void.class)
            .build();

    assertThatThrownBy(() -> mapper.schema().migrate())
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("V2__half_done.cql")
        .hasMessageContaining("statement 2 of 2")
        .hasMessageContaining("repair(\"2\")");
    Row row = history("2");
    assertThat(row.getString("state")).isEqualTo("STARTED");
    assertThat(row.getInt("statements_done")).isEqualTo(1);

    // The next start does not run V2 again (its ALTER would fail or apply twice), nor V3.
    assertThatThrownBy(() -> mapper.schema().migrate())
        .isInstanceOf(MigrationIncompleteException.class)
        .hasMessageContaining("1 of its 2 statement(s)")
        .hasMessageContaining("mapper.schema().repair(\"2\")");
    assertThatThrownBy(() -> mapper.schema().validate())
        .isInstanceOfSatisfying(
            SchemaMismatchException.class,
            e -> {
              assertThat(e.failedMigrations()).hasSize(1);
              assertThat(e.pendingMigrations())
                  .containsExactly("io/sibyl/it/schema/broken/V3__after.cql");
            });
    assertThat(
            session
                .metadata()
                .keyspace(keyspace)
                .orElseThrow()
                .table("ledger")
                .orElseThrow()
                .columns())
        .containsKey("note")
        .doesNotContainKey("currency");

    // The operator finished V2 by hand (nothing else to do here) and marks it repaired.
    assertThat(mapper.schema().repair("2")).isTrue();

    assertThat(mapper.schema().migrate()).extracting(Migration::version).containsExactly("3");
    assertThat(history("2").getString("state")).isEqualTo("REPAIRED");
    assertThat(history("3").getString("state")).isEqualTo("DONE");
    mapper.schema().validate();
  }

  @Test
  void should_stop_before_the_next_statement_when_the_lock_is_taken_away() throws Exception {
    Mapper mapper =
        Mapper.builder(session)
            .migrations("io/sibyl/it/schema/fenced")
            .schemaEntities(Void.class)
            .schemaLock(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(30))
            .build();
    // Another instance takes the lock as soon as the migration has started (as after a pause
    // past the lease): its own row, expiring soon.
    CompletableFuture<Void> thief =
        CompletableFuture.runAsync(
            () -> {
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
              while (System.nanoTime() < deadline) {
                Row row;
                try {
                  row = history("1");
                } catch (DriverException e) {
                  continue; // the table is being created ("Unknown CF" for a moment)
                }
                if (row != null && row.getInt("statements_done") >= 5) {
                  // As another instance would after the lease expired: through Paxos, like the
                  // holder's own checks (a plain write mixed with LWTs may be ordered before them).
                  session.execute(
                      "UPDATE sibyl_schema_lock USING TTL 2 SET owner = 'thief' WHERE name ="
                          + " 'schema' IF EXISTS");
                  return;
                }
              }
            });

    assertThatThrownBy(() -> mapper.schema().migrate())
        .isInstanceOf(SchemaLockLostException.class)
        .hasMessageContaining("sibyl_schema_lock")
        .hasMessageContaining("INSERT INTO fenced");
    thief.get(60, TimeUnit.SECONDS);

    Row row = history("1");
    assertThat(row.getString("state")).isEqualTo("STARTED");
    int done = row.getInt("statements_done");
    assertThat(done).isBetween(5, 2000);
    long rows = session.execute("SELECT count(*) FROM fenced").one().getLong(0);
    assertThat(rows).isEqualTo(done - 1L); // the CREATE TABLE, then one row per statement
    // Once the thief's lease expired, the next start refuses instead of running it again.
    assertThatThrownBy(() -> mapper.schema().migrate())
        .isInstanceOf(MigrationIncompleteException.class)
        .hasMessageContaining("repair(\"1\")");
  }
}
