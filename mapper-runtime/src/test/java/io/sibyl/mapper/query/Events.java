package io.sibyl.mapper.query;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ColumnSpec;
import io.sibyl.mapper.metamodel.ListRef;
import io.sibyl.mapper.metamodel.MapRef;
import io.sibyl.mapper.metamodel.PartitionKeyRef;
import io.sibyl.mapper.metamodel.RegularRef;
import io.sibyl.mapper.metamodel.SetRef;
import io.sibyl.mapper.metamodel.StaticRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-written metamodel, as the processor would generate it, for table {@code events}. */
final class Events {

  record Event(
      String day,
      int bucket,
      long at,
      int seq,
      String owner,
      String name,
      Integer score,
      String note,
      Set<String> tags,
      Map<String, String> attrs,
      List<String> log) {}

  private static final List<ColumnDescriptor> COLUMNS =
      List.of(
          FixtureTable.column("day", "text", ColumnKind.PARTITION_KEY, 0, false),
          FixtureTable.column("bucket", "int", ColumnKind.PARTITION_KEY, 1, false),
          FixtureTable.column("at", "bigint", ColumnKind.CLUSTERING_COLUMN, 0, true),
          FixtureTable.column("seq", "int", ColumnKind.CLUSTERING_COLUMN, 1, false),
          FixtureTable.column("owner", "text", ColumnKind.STATIC, 0, false),
          FixtureTable.column("name", "text", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("score", "int", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("note", "text", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("tags", "set<text>", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("attrs", "map<text, text>", ColumnKind.REGULAR, 0, false),
          FixtureTable.column("log", "list<text>", ColumnKind.REGULAR, 0, false));

  static final TableDescriptor<Event> TABLE = new FixtureTable<>("events", COLUMNS, false);

  static final PartitionKeyRef<Event, String> DAY = new PartitionKeyRef<>(spec(0, null, null));
  static final PartitionKeyRef<Event, Integer> BUCKET = new PartitionKeyRef<>(spec(1, null, null));
  static final ClusteringRef<Event, Long> AT = new ClusteringRef<>(spec(2, null, null));
  static final ClusteringRef<Event, Integer> SEQ = new ClusteringRef<>(spec(3, null, null));
  static final StaticRef<Event, String> OWNER = new StaticRef<>(spec(4, null, null));
  static final RegularRef<Event, String> NAME =
      new RegularRef<>(spec(5, IndexType.SECONDARY, IndexTarget.VALUES));
  static final RegularRef<Event, Integer> SCORE =
      new RegularRef<>(spec(6, IndexType.STORAGE_ATTACHED, IndexTarget.VALUES));
  static final RegularRef<Event, String> NOTE = new RegularRef<>(spec(7, null, null));
  static final SetRef<Event, String> TAGS =
      new SetRef<>(spec(8, IndexType.SECONDARY, IndexTarget.VALUES));
  static final MapRef<Event, String, String> ATTRS =
      new MapRef<>(spec(9, IndexType.SECONDARY, IndexTarget.KEYS));
  static final ListRef<Event, String> LOG = new ListRef<>(spec(10, null, null));

  static final TableMetamodel<Event> MODEL =
      new TableMetamodel<>(
          TABLE,
          "",
          "events",
          List.of(DAY, BUCKET, AT, SEQ, OWNER, NAME, SCORE, NOTE, TAGS, ATTRS, LOG),
          (bs, entity, at, setNulls) -> {});

  private Events() {}

  /** The DSL of {@code ks.events}, unable to run queries. */
  static QueryTable<Event> table() {
    return QueryTable.unbound(MODEL, "ks");
  }

  private static <V> ColumnSpec<Event, V> spec(int position, IndexType type, IndexTarget target) {
    return new ColumnSpec<>(TABLE, position, type, target, (bs, i, v) -> {}, (row, i) -> null);
  }
}
