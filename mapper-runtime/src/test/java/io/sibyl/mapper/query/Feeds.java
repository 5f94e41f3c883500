package io.sibyl.mapper.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ColumnSpec;
import io.sibyl.mapper.metamodel.PartitionKeyRef;
import io.sibyl.mapper.metamodel.RegularRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.List;
import java.util.UUID;

/** A hand-written metamodel of table {@code feeds}: a timeuuid clustering column. */
final class Feeds {

  record Item(String feed, UUID id, UUID ref, String title) {}

  private static final List<ColumnDescriptor> COLUMNS =
      List.of(
          FixtureTable.column("feed", "text", ColumnKind.PARTITION_KEY, 0, false),
          FixtureTable.column("id", "timeuuid", ColumnKind.CLUSTERING_COLUMN, 0, false),
          FixtureTable.column("ref", "uuid", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("title", "text", ColumnKind.REGULAR, 0, false));

  static final TableDescriptor<Item> TABLE = new FixtureTable<>("feeds", COLUMNS, false);

  static final PartitionKeyRef<Item, String> FEED = new PartitionKeyRef<>(spec(0));
  static final ClusteringRef<Item, UUID> ID = new ClusteringRef<>(spec(1));
  static final RegularRef<Item, UUID> REF = new RegularRef<>(spec(2));
  static final RegularRef<Item, String> TITLE = new RegularRef<>(spec(3));

  static final TableMetamodel<Item> MODEL =
      new TableMetamodel<>(
          TABLE, "", "feeds", List.of(FEED, ID, REF, TITLE), (bs, entity, at, setNulls) -> {});

  private Feeds() {}

  /** The DSL of {@code ks.feeds}, unable to run queries. */
  static QueryTable<Item> table() {
    return QueryTable.unbound(MODEL, "ks");
  }

  private static <V> ColumnSpec<Item, V> spec(int position) {
    return new ColumnSpec<>(TABLE, position, null, null, (bs, i, v) -> {}, (row, i) -> null);
  }
}
