package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration scripts that name their tables without a keyspace run in the mapper's keyspace (the one
 * whose history records them), whatever keyspace the session uses, if any.
 */
class MigrationKeyspaceIT extends SessionITBase {

  private static final String LOCATION = "io/sibyl/it/schema/migration";

  @BeforeEach
  void forgetMigrations() {
    session.execute("DROP TABLE IF EXISTS sibyl_schema_history");
    session.execute("DROP TABLE IF EXISTS notes");
  }

  @Test
  void should_run_unqualified_scripts_in_the_mapper_keyspace_when_the_session_has_none() {
    try (Session bare = newSession(builder -> {})) {
      Mapper mapper =
          Mapper.builder(bare)
              .keyspace(keyspace)
              .migrations(LOCATION)
              .schemaEntities(Void.class)
              .build();

      assertThat(mapper.schema().migrate())
          .extracting(Migration::version)
          .containsExactly("1", "2", "10");
    }

    assertThat(session.execute("SELECT author FROM notes WHERE id = 1").one().getString("author"))
        .isEqualTo("sibyl");
  }

  @Test
  void should_run_unqualified_scripts_in_the_mapper_keyspace_when_the_session_uses_another() {
    try (Session elsewhere = newSession(builder -> builder.keyspace("system_traces"))) {
      Mapper mapper =
          Mapper.builder(elsewhere)
              .keyspace(keyspace)
              .migrations(LOCATION)
              .schemaEntities(Void.class)
              .build();

      assertThat(mapper.schema().migrate()).hasSize(3);
    }

    assertThat(session.execute("SELECT body FROM notes WHERE id = 1").one().getString("body"))
        .isEqualTo("first; with a semicolon");
    assertThat(session.metadata().keyspace("system_traces").orElseThrow().table("notes")).isEmpty();
  }
}
