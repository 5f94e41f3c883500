package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchemaLockIT extends SessionITBase {

  @Test
  void should_take_over_the_lock_of_a_crashed_instance_once_its_lease_expires() {
    session.execute(
        "CREATE TABLE IF NOT EXISTS sibyl_schema_lock"
            + " (name text PRIMARY KEY, owner text, acquired_at timestamp)");
    // A lock row left by an instance that died: nobody renews it.
    session.execute(
        "INSERT INTO sibyl_schema_lock (name, owner, acquired_at)"
            + " VALUES ('schema', 'crashed', toTimestamp(now())) USING TTL 3");

    long start = System.nanoTime();
    Mapper mapper =
        Mapper.builder(session)
            .schemaEntities(ConflictOrder.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .build();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    assertThat(session.execute("SELECT * FROM sibyl_schema_lock").all()).isEmpty();
  }

  @Test
  void should_change_nothing_in_dry_run_mode() {
    Mapper mapper =
        Mapper.builder(session)
            .schemaEntities(RaceEvent.class)
            .schemaMode(SchemaMode.DRY_RUN)
            .build();

    assertThat(mapper.schema().plan().safeChanges()).hasSize(2);
  }
}
