package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaPlan;
import io.sibyl.mapper.schema.UnsafeSchemaChangeException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schema sync of SASI indexes declared with {@code @Index}, against the real node (which runs with
 * {@code sasi_indexes_enabled: true}): created with their mode and options, compared by kind and
 * mode, and served to {@code LIKE} without looking at the schema metadata.
 */
class SchemaSasiIndexIT extends SessionITBase {

  private static final String SASI = "org.apache.cassandra.index.sasi.SASIIndex";

  private static Mapper mapper() {
    return Mapper.builder(session).schemaEntities(SasiEntry.class).build();
  }

  private static Map<String, IndexMetadata> liveIndexes() {
    return session
        .metadata()
        .keyspace(keyspace)
        .orElseThrow()
        .table("sasi_entry")
        .orElseThrow()
        .indexes();
  }

  @Test
  void should_create_declared_sasi_indexes_as_the_generated_ddl_does_then_compare_their_modes() {
    Mapper mapper = mapper();

    SchemaPlan plan = mapper.schema().plan();
    assertThat(plan.changes())
        .extracting(SchemaChange::kind)
        .containsExactly(
            ChangeKind.CREATE_TABLE,
            ChangeKind.CREATE_INDEX,
            ChangeKind.CREATE_INDEX,
            ChangeKind.CREATE_INDEX);
    assertThat(plan.changes().stream().skip(1).map(SchemaChange::cql))
        .containsExactlyElementsOf(SasiEntryTable.INSTANCE.createIndexesCql(keyspace));
    assertThat(plan.changes().get(1).cql())
        .isEqualTo(
            "CREATE CUSTOM INDEX IF NOT EXISTS sasi_entry_title_idx ON "
                + keyspace
                + ".sasi_entry (title) USING '"
                + SASI
                + "' WITH OPTIONS = {'mode': 'CONTAINS', 'analyzer_class':"
                + " 'org.apache.cassandra.index.sasi.analyzer.NonTokenizingAnalyzer',"
                + " 'case_sensitive': 'false'}");

    mapper.schema().apply();

    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    Map<String, IndexMetadata> indexes = liveIndexes();
    assertThat(indexes.get("sasi_entry_title_idx").options())
        .containsEntry("class_name", SASI)
        .containsEntry("mode", "CONTAINS")
        .containsEntry("case_sensitive", "false");
    assertThat(indexes.get("sasi_entry_body").options()).containsEntry("mode", "PREFIX");
    assertThat(indexes.get("sasi_entry_created_idx").options()).containsEntry("mode", "SPARSE");

    QueryTable<SasiEntry> entries = SasiEntry_.table(mapper);
    entries.save(new SasiEntry("a", 1, "Big Data at scale", "Intro to storage", Instant.now()));
    entries.save(new SasiEntry("a", 2, "Cooking", "Chapter one", Instant.now()));
    assertThat(entries.select().where(SasiEntry_.TITLE.like("%DATA%")).list())
        .extracting(SasiEntry::number)
        .containsExactly(1);
    assertThat(entries.select().where(SasiEntry_.BODY.like("Chap%")).list())
        .extracting(SasiEntry::number)
        .containsExactly(2);

    // The index of the body's name is remade by hand in CONTAINS mode: sync refuses to keep it.
    session.execute("DROP INDEX sasi_entry_body");
    session.execute(
        "CREATE CUSTOM INDEX sasi_entry_body ON sasi_entry (body) USING '"
            + SASI
            + "' WITH OPTIONS = {'mode': 'CONTAINS'}");
    Mapper again = mapper();
    SchemaPlan changed = again.schema().plan();
    assertThat(changed.changes()).hasSize(1);
    SchemaChange change = changed.changes().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGE_INDEX);
    assertThat(change.description())
        .isEqualTo(
            "index sasi_entry_body is a SASI index in CONTAINS mode in the schema but a SASI index"
                + " in PREFIX mode in the model");
    assertThatThrownBy(() -> again.schema().apply())
        .isInstanceOf(UnsafeSchemaChangeException.class)
        .hasMessageContaining("CHANGE_INDEX");
  }
}
