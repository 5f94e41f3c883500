package io.sibyl.mapper.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnSpec;
import io.sibyl.mapper.metamodel.CounterRef;
import io.sibyl.mapper.metamodel.PartitionKeyRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.List;

/** A hand-written metamodel, as the processor would generate it, for counter table {@code hits}. */
final class Hits {

  record Hit(String page, long views) {}

  private static final List<ColumnDescriptor> COLUMNS =
      List.of(
          new ColumnDescriptor("page", "page", "page", "text", ColumnKind.PARTITION_KEY, 0, false),
          new ColumnDescriptor("views", "views", "views", "counter", ColumnKind.REGULAR, 0, false));

  static final TableDescriptor<Hit> TABLE = new FixtureTable<>("hits", COLUMNS, true);

  static final PartitionKeyRef<Hit, String> PAGE =
      new PartitionKeyRef<>(
          new ColumnSpec<>(TABLE, 0, null, null, (bs, i, v) -> {}, (r, i) -> null));
  static final CounterRef<Hit> VIEWS =
      new CounterRef<>(new ColumnSpec<>(TABLE, 1, null, null, (bs, i, v) -> {}, (r, i) -> null));

  static final TableMetamodel<Hit> MODEL =
      new TableMetamodel<>(TABLE, "", "hits", List.of(PAGE, VIEWS), (bs, entity, at, n) -> {});

  private Hits() {}

  /** The DSL of {@code ks.hits}, unable to run queries. */
  static QueryTable<Hit> table() {
    return QueryTable.unbound(MODEL, "ks");
  }
}
