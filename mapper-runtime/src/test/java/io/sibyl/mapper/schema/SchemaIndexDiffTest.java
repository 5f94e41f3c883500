package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.metadata.ColumnMetadata;
import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How schema sync writes and compares the kinds of index: secondary, SAI, SASI and its modes. */
class SchemaIndexDiffTest {

  private static final String KS = "shop";
  private static final String SASI = "org.apache.cassandra.index.sasi.SASIIndex";

  private static TableSchema docs(IndexSchema index) {
    return new TableSchema(
        Object.class,
        "",
        "docs",
        "docs",
        List.of(
            new ColumnDescriptor("id", "id", "id", "uuid", ColumnKind.PARTITION_KEY, 0, false),
            new ColumnDescriptor("title", "title", "title", "text", ColumnKind.REGULAR, 0, false)),
        List.of(),
        List.of(index),
        List.of());
  }

  private static KeyspaceMetadata live(Map<String, IndexMetadata> indexes) {
    ColumnMetadata id =
        new ColumnMetadata(
            "id", DataTypes.parse("uuid"), ColumnMetadata.Kind.PARTITION_KEY, 0, false);
    Map<String, ColumnMetadata> columns = new LinkedHashMap<>();
    columns.put("id", id);
    columns.put(
        "title",
        new ColumnMetadata(
            "title", DataTypes.parse("text"), ColumnMetadata.Kind.REGULAR, 0, false));
    TableMetadata table =
        new TableMetadata(KS, "docs", List.of(id), List.of(), columns, Map.of(), indexes);
    return new KeyspaceMetadata(KS, true, Map.of(), Map.of("docs", table), Map.of());
  }

  private static Map<String, IndexMetadata> liveIndex(String kind, Map<String, String> options) {
    return Map.of("docs_title_idx", new IndexMetadata("docs_title_idx", kind, options));
  }

  private static List<SchemaChange> diff(KeyspaceMetadata live, IndexSchema index) {
    return SchemaDiff.diff(KS, live, List.of(), List.of(docs(index)), null, Set.of());
  }

  private static IndexSchema title(IndexType type, String options) {
    return new IndexSchema("docs_title_idx", "title", "values", type, options);
  }

  @Test
  void should_create_a_sasi_index_with_its_mode_before_the_analyzer_options() {
    List<SchemaChange> changes =
        diff(live(Map.of()), title(IndexType.SASI_CONTAINS, "{'case_sensitive': 'false'}"));

    assertThat(changes)
        .extracting(SchemaChange::cql)
        .containsExactly(
            "CREATE CUSTOM INDEX IF NOT EXISTS docs_title_idx ON shop.docs (title) USING"
                + " 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode':"
                + " 'CONTAINS', 'case_sensitive': 'false'}");
    assertThat(changes).allMatch(SchemaChange::isSafe);
  }

  @Test
  void should_write_the_mode_alone_when_a_sasi_index_has_no_options() {
    assertThat(
            SchemaDdl.createIndex(
                KS, docs(title(IndexType.SASI_PREFIX, "")), title(IndexType.SASI_PREFIX, "")))
        .isEqualTo(
            "CREATE CUSTOM INDEX IF NOT EXISTS docs_title_idx ON shop.docs (title) USING"
                + " 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode': 'PREFIX'}");
    IndexSchema sai = title(IndexType.STORAGE_ATTACHED, "{'case_sensitive': 'false'}");
    assertThat(SchemaDdl.createIndex(KS, docs(sai), sai))
        .isEqualTo(
            "CREATE CUSTOM INDEX IF NOT EXISTS docs_title_idx ON shop.docs (title) USING"
                + " 'StorageAttachedIndex' WITH OPTIONS = {'case_sensitive': 'false'}");
  }

  @Test
  void should_plan_nothing_when_the_live_index_is_of_the_declared_kind_and_mode() {
    assertThat(
            diff(
                live(
                    liveIndex(
                        "CUSTOM",
                        Map.of("class_name", SASI, "mode", "CONTAINS", "target", "title"))),
                title(IndexType.SASI_CONTAINS, "")))
        .isEmpty();
    assertThat(
            diff(
                live(liveIndex("CUSTOM", Map.of("class_name", SASI, "target", "title"))),
                title(IndexType.SASI_PREFIX, "")))
        .as("a SASI index without mode is in PREFIX mode")
        .isEmpty();
    assertThat(
            diff(
                live(
                    liveIndex(
                        "CUSTOM",
                        Map.of(
                            "class_name",
                            "org.apache.cassandra.index.sai.StorageAttachedIndex",
                            "target",
                            "title"))),
                title(IndexType.STORAGE_ATTACHED, "")))
        .isEmpty();
    assertThat(
            diff(
                live(liveIndex("COMPOSITES", Map.of("target", "title"))),
                title(IndexType.SECONDARY, "")))
        .isEmpty();
  }

  @Test
  void should_report_an_index_of_another_mode_as_an_unsafe_change() {
    List<SchemaChange> changes =
        diff(
            live(liveIndex("CUSTOM", Map.of("class_name", SASI, "mode", "PREFIX"))),
            title(IndexType.SASI_CONTAINS, ""));

    assertThat(changes).hasSize(1);
    SchemaChange change = changes.get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGE_INDEX);
    assertThat(change.isSafe()).isFalse();
    assertThat(change.target()).isEqualTo("shop.docs index docs_title_idx");
    assertThat(change.description())
        .isEqualTo(
            "index docs_title_idx is a SASI index in PREFIX mode in the schema but a SASI index in"
                + " CONTAINS mode in the model");
    assertThat(change.cql())
        .isEqualTo("-- cannot change index docs_title_idx of shop.docs in place");
    assertThat(change.advice())
        .isEqualTo(
            "drop it (DROP INDEX shop.docs_title_idx) and sync again, which recreates it and"
                + " rebuilds it from the data, or give the @Index another name");
  }

  @Test
  void should_report_an_index_of_another_kind_as_an_unsafe_change() {
    List<SchemaChange> changes =
        diff(live(liveIndex("COMPOSITES", Map.of())), title(IndexType.SASI_PREFIX, ""));

    assertThat(changes)
        .extracting(SchemaChange::description)
        .containsExactly(
            "index docs_title_idx is a secondary index in the schema but a SASI index in PREFIX"
                + " mode in the model");
    assertThat(
            diff(
                live(liveIndex("CUSTOM", Map.of("class_name", SASI))),
                title(IndexType.STORAGE_ATTACHED, "")))
        .extracting(SchemaChange::description)
        .containsExactly(
            "index docs_title_idx is a SASI index in PREFIX mode in the schema but a"
                + " storage-attached index in the model");
  }
}
