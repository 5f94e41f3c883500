package io.sibyl.mapper.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ColumnSpec;
import io.sibyl.mapper.metamodel.PartitionKeyRef;
import io.sibyl.mapper.metamodel.RegularRef;
import io.sibyl.mapper.metamodel.StaticRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.List;

/**
 * A hand-written metamodel of table {@code agenda}: three clustering columns and a static one, for
 * the multi-column relation and DISTINCT tests.
 */
final class Agenda {

  record Slot(String room, int day, int hour, int minute, String building, String title) {}

  private static final List<ColumnDescriptor> COLUMNS =
      List.of(
          FixtureTable.column("room", "text", ColumnKind.PARTITION_KEY, 0, false),
          FixtureTable.column("day", "int", ColumnKind.CLUSTERING_COLUMN, 0, false),
          FixtureTable.column("hour", "int", ColumnKind.CLUSTERING_COLUMN, 1, false),
          FixtureTable.column("minute", "int", ColumnKind.CLUSTERING_COLUMN, 2, false),
          FixtureTable.column("building", "text", ColumnKind.STATIC, 0, false),
          FixtureTable.column("title", "text", ColumnKind.REGULAR, 0, false));

  static final TableDescriptor<Slot> TABLE = new FixtureTable<>("agenda", COLUMNS, false);

  static final PartitionKeyRef<Slot, String> ROOM = new PartitionKeyRef<>(spec(0));
  static final ClusteringRef<Slot, Integer> DAY = new ClusteringRef<>(spec(1));
  static final ClusteringRef<Slot, Integer> HOUR = new ClusteringRef<>(spec(2));
  static final ClusteringRef<Slot, Integer> MINUTE = new ClusteringRef<>(spec(3));
  static final StaticRef<Slot, String> BUILDING = new StaticRef<>(spec(4));
  static final RegularRef<Slot, String> TITLE = new RegularRef<>(spec(5));

  static final TableMetamodel<Slot> MODEL =
      new TableMetamodel<>(
          TABLE,
          "",
          "agenda",
          List.of(ROOM, DAY, HOUR, MINUTE, BUILDING, TITLE),
          (bs, entity, at, setNulls) -> {});

  private Agenda() {}

  /** The DSL of {@code ks.agenda}, unable to run queries. */
  static QueryTable<Slot> table() {
    return QueryTable.unbound(MODEL, "ks");
  }

  private static <V> ColumnSpec<Slot, V> spec(int position) {
    return new ColumnSpec<>(TABLE, position, null, null, (bs, i, v) -> {}, (row, i) -> null);
  }
}
