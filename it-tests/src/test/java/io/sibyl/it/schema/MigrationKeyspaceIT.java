package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.schema.Migration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration scripts that name their tables without a keyspace run in the mapper's keyspace (the one
 * whose history records them), whatever keyspace the session uses, if any (protocol v5: a keyspace
 * per statement). Protocol v4 has no per-statement keyspace: such scripts run there only when the
 * session uses the mapper's keyspace; on a session without one the first statement fails and the
 * error says to qualify the names or set the session's keyspace.
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

  @Test
  void should_refuse_unqualified_scripts_with_the_qualify_hint_on_protocol_v4_without_a_keyspace() {
    try (Session bare = newSession(builder -> builder.protocolVersion(ProtocolVersion.V4))) {
      assertThat(bare.protocolVersion()).isEqualTo(ProtocolVersion.V4);
      Mapper mapper =
          Mapper.builder(bare)
              .keyspace(keyspace)
              .migrations(LOCATION)
              .schemaEntities(Void.class)
              .build();

      assertThatThrownBy(() -> mapper.schema().migrate())
          .isInstanceOf(MapperException.class)
          .hasMessageContaining("V1__create_notes.cql failed at its first statement")
          .hasMessageContaining("nothing was applied and it is not recorded")
          .hasMessageContaining(
              "On protocol V4 scripts run in the session's keyspace (none), not in " + keyspace)
          .hasMessageContaining("qualify their table names")
          .hasMessageContaining(".keyspace(\"" + keyspace + "\")");
    }

    assertThat(session.execute("SELECT version FROM sibyl_schema_history").all()).isEmpty();
    session.refreshSchema();
    assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("notes")).isEmpty();
  }

  @Test
  void should_run_unqualified_scripts_on_protocol_v4_when_the_session_uses_the_mapper_keyspace() {
    try (Session v4 =
        newSession(builder -> builder.protocolVersion(ProtocolVersion.V4).keyspace(keyspace))) {
      Mapper mapper = Mapper.builder(v4).migrations(LOCATION).schemaEntities(Void.class).build();

      assertThat(mapper.schema().migrate()).hasSize(3);
    }

    assertThat(session.execute("SELECT author FROM notes WHERE id = 1").one().getString("author"))
        .isEqualTo("sibyl");
  }
}
