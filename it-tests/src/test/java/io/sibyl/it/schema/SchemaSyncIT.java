package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaMismatchException;
import io.sibyl.mapper.schema.SchemaMode;
import io.sibyl.mapper.schema.SchemaPlan;
import io.sibyl.mapper.schema.UnsafeSchemaChangeException;
import org.junit.jupiter.api.Test;

class SchemaSyncIT extends SessionITBase {

  private static Mapper mapper(Class<?>... entities) {
    return Mapper.builder(session).schemaEntities(entities).build();
  }

  @Test
  void should_create_types_tables_and_indexes_when_keyspace_is_empty() {
    Mapper mapper = mapper(SyncUser.class);

    SchemaPlan plan = mapper.schema().plan();
    assertThat(plan.safeChanges())
        .extracting(SchemaChange::kind)
        .containsExactly(
            ChangeKind.CREATE_TYPE,
            ChangeKind.CREATE_TYPE,
            ChangeKind.CREATE_TABLE,
            ChangeKind.CREATE_INDEX);
    assertThat(plan.cqlScript()).contains("CREATE TYPE IF NOT EXISTS " + keyspace + ".sync_geo");

    mapper.schema().apply();

    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("sync_user"))
        .hasValueSatisfying(t -> assertThat(t.indexes()).hasSize(1));
  }

  @Test
  void should_apply_added_column_field_and_index_keeping_data() {
    session.execute("CREATE TYPE " + keyspace + ".evolving_tag (label text)");
    session.execute(
        "CREATE TABLE "
            + keyspace
            + ".evolving_item (id int PRIMARY KEY, name text, tag frozen<evolving_tag>)");
    session.execute(
        "INSERT INTO "
            + keyspace
            + ".evolving_item (id, name, tag) VALUES (1, 'one', {label: 'a'})");
    Mapper mapper = mapper(EvolvingItem.class);

    SchemaPlan plan = mapper.schema().plan();
    // (Tables of the other tests' models show up as contractions: same keyspace, same app.)
    assertThat(plan.safeChanges())
        .extracting(SchemaChange::kind)
        .containsExactly(ChangeKind.ADD_TYPE_FIELD, ChangeKind.ADD_COLUMN, ChangeKind.CREATE_INDEX);
    assertThat(plan.conflicts()).isEmpty();

    mapper.schema().apply();

    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    Row row =
        session
            .execute("SELECT name, category FROM " + keyspace + ".evolving_item WHERE id = 1")
            .one();
    assertThat(row.getString("name")).isEqualTo("one");
    assertThat(row.isNull("category")).isTrue();
  }

  @Test
  void should_refuse_changed_column_type_and_primary_key_and_validate_every_difference() {
    session.execute(
        "CREATE TABLE " + keyspace + ".conflict_order (id int PRIMARY KEY, amount int)");
    session.execute(
        "CREATE TABLE " + keyspace + ".conflict_key (id int PRIMARY KEY, seq int, body text)");
    Mapper mapper = mapper(ConflictOrder.class, ConflictKey.class);

    assertThatThrownBy(() -> mapper.schema().apply())
        .isInstanceOf(UnsafeSchemaChangeException.class)
        .hasMessageContaining("conflict_order.amount")
        .hasMessageContaining("is int in the schema but text in the model")
        .hasMessageContaining("CHANGE_PRIMARY_KEY")
        .hasMessageContaining("new column");

    assertThatThrownBy(() -> mapper.schema().validate())
        .isInstanceOfSatisfying(
            SchemaMismatchException.class,
            e ->
                assertThat(e.differences())
                    .extracting(SchemaChange::kind)
                    .containsExactlyInAnyOrder(
                        ChangeKind.CHANGE_COLUMN_TYPE, ChangeKind.CHANGE_PRIMARY_KEY));
    assertThatThrownBy(
            () ->
                Mapper.builder(session)
                    .schemaEntities(ConflictOrder.class)
                    .schemaMode(SchemaMode.VALIDATE)
                    .build())
        .isInstanceOf(SchemaMismatchException.class);
  }

  @Test
  void should_leave_an_unmapped_column_at_startup_even_when_drops_are_allowed() {
    session.execute(
        "CREATE TABLE " + keyspace + ".trimmed_note (id int PRIMARY KEY, body text, legacy text)");

    try (Mapper mapper =
        Mapper.builder(session)
            .schemaEntities(TrimmedNote.class)
            .allowSchemaChanges(ChangeKind.DROP_COLUMN)
            .build()) {
      assertThat(mapper.schema().apply().changes()).isEmpty();
      assertThat(mapper.schema().plan().contractions())
          .extracting(SchemaChange::target)
          .contains(keyspace + ".trimmed_note.legacy");
      mapper.schema().validate(); // what waits for contract() is not a mismatch
      assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("trimmed_note"))
          .hasValueSatisfying(t -> assertThat(t.columns()).containsKey("legacy"));
    }
  }
}
