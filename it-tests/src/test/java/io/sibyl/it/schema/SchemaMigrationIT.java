package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.MigrationChecksumException;
import org.junit.jupiter.api.Test;

class SchemaMigrationIT extends SessionITBase {

  private static final String LOCATION = "io/sibyl/it/schema/migration";

  @Test
  void should_apply_migrations_once_in_version_order_and_refuse_a_changed_one() {
    Mapper mapper = Mapper.builder(session).migrations(LOCATION).schemaEntities(Void.class).build();

    assertThat(mapper.schema().migrate())
        .extracting(Migration::version)
        .containsExactly("1", "2", "10");
    assertThat(mapper.schema().migrate()).isEmpty();

    Row note = session.execute("SELECT body, author FROM notes WHERE id = 1").one();
    assertThat(note.getString("body")).isEqualTo("first; with a semicolon");
    assertThat(note.getString("author")).isEqualTo("sibyl");
    assertThat(session.execute("SELECT version FROM sibyl_schema_history").all()).hasSize(3);

    session.execute("UPDATE sibyl_schema_history SET checksum = 'edited' WHERE version = '2'");
    assertThatThrownBy(() -> mapper.schema().migrate())
        .isInstanceOf(MigrationChecksumException.class)
        .hasMessageContaining("V2__add_author.cql")
        .hasMessageContaining("new version");
  }
}
