package io.sibyl.mapper.query;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.List;

/**
 * A hand-written metamodel of table {@code agenda}: three clustering columns and a static one, for
 * the multi-column relation and DISTINCT tests.
 */
final class Agenda {

  record Slot(String room, int day, int hour, int minute, String building, String title) {}

  static final TableDescriptor<Slot> TABLE = new SlotTable();

  static final PartitionKeyColumn<Slot, String> ROOM = new PartitionKeyColumn<>(spec(0));
  static final ClusteringColumn<Slot, Integer> DAY = new ClusteringColumn<>(spec(1));
  static final ClusteringColumn<Slot, Integer> HOUR = new ClusteringColumn<>(spec(2));
  static final ClusteringColumn<Slot, Integer> MINUTE = new ClusteringColumn<>(spec(3));
  static final StaticColumn<Slot, String> BUILDING = new StaticColumn<>(spec(4));
  static final RegularColumn<Slot, String> TITLE = new RegularColumn<>(spec(5));

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

  private static final class SlotTable implements TableDescriptor<Slot> {

    private static final List<ColumnDescriptor> COLUMNS =
        List.of(
            column("room", "text", ColumnKind.PARTITION_KEY, 0),
            column("day", "int", ColumnKind.CLUSTERING_COLUMN, 0),
            column("hour", "int", ColumnKind.CLUSTERING_COLUMN, 1),
            column("minute", "int", ColumnKind.CLUSTERING_COLUMN, 2),
            column("building", "text", ColumnKind.STATIC, 0),
            column("title", "text", ColumnKind.REGULAR, 0));

    private static ColumnDescriptor column(
        String name, String type, ColumnKind kind, int position) {
      return new ColumnDescriptor(name, name, name, type, kind, position, false);
    }

    @Override
    public String keyspace() {
      return null;
    }

    @Override
    public String name() {
      return "agenda";
    }

    @Override
    public List<ColumnDescriptor> columns() {
      return COLUMNS;
    }

    @Override
    public boolean isCounterTable() {
      return false;
    }

    @Override
    public String createTableCql(String keyspace) {
      return "";
    }

    @Override
    public List<String> createIndexesCql(String keyspace) {
      return List.of();
    }

    @Override
    public List<UdtMapper<?>> udts() {
      return List.of();
    }

    @Override
    public Slot read(Row row) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Slot read(Row row, int[] at) {
      throw new UnsupportedOperationException();
    }
  }
}
