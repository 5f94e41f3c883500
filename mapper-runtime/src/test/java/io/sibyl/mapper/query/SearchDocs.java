package io.sibyl.mapper.query;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnSpec;
import io.sibyl.mapper.metamodel.PartitionKeyRef;
import io.sibyl.mapper.metamodel.RegularRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.List;

/**
 * A hand-written metamodel, as the processor would generate it, for table {@code docs} whose SASI
 * indexes {@code @Index} declares: title in CONTAINS mode, body in PREFIX mode, words in SPARSE
 * mode.
 */
final class SearchDocs {

  record Doc(String shelf, String title, String body, Integer words) {}

  private static final List<ColumnDescriptor> COLUMNS =
      List.of(
          FixtureTable.column("shelf", "text", ColumnKind.PARTITION_KEY, 0, false),
          FixtureTable.column("title", "text", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("body", "text", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("words", "int", ColumnKind.REGULAR, 0, false));

  static final TableDescriptor<Doc> TABLE = new FixtureTable<>("docs", COLUMNS, false);

  static final PartitionKeyRef<Doc, String> SHELF = new PartitionKeyRef<>(spec(0, null));
  static final RegularRef<Doc, String> TITLE = new RegularRef<>(spec(1, IndexType.SASI_CONTAINS));
  static final RegularRef<Doc, String> BODY = new RegularRef<>(spec(2, IndexType.SASI_PREFIX));
  static final RegularRef<Doc, Integer> WORDS = new RegularRef<>(spec(3, IndexType.SASI_SPARSE));

  static final TableMetamodel<Doc> MODEL =
      new TableMetamodel<>(
          TABLE, "", "docs", List.of(SHELF, TITLE, BODY, WORDS), (bs, entity, at, setNulls) -> {});

  private SearchDocs() {}

  /** The DSL of {@code ks.docs}, unable to run queries, with no schema metadata. */
  static QueryTable<Doc> table() {
    return QueryTable.unbound(MODEL, "ks");
  }

  private static <V> ColumnSpec<Doc, V> spec(int position, IndexType type) {
    return new ColumnSpec<>(
        TABLE,
        position,
        type,
        type == null ? null : IndexTarget.VALUES,
        (bs, i, v) -> {},
        (row, i) -> null);
  }
}
