package io.sibyl.mapper.query;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.List;

/** A hand-written metamodel, as the processor would generate it, for counter table {@code hits}. */
final class Hits {

  record Hit(String page, long views) {}

  static final TableDescriptor<Hit> TABLE = new HitTable();

  static final PartitionKeyColumn<Hit, String> PAGE =
      new PartitionKeyColumn<>(
          new ColumnSpec<>(TABLE, 0, null, null, (bs, i, v) -> {}, (r, i) -> null));
  static final CounterColumn<Hit> VIEWS =
      new CounterColumn<>(new ColumnSpec<>(TABLE, 1, null, null, (bs, i, v) -> {}, (r, i) -> null));

  static final TableMetamodel<Hit> MODEL =
      new TableMetamodel<>(TABLE, "", "hits", List.of(PAGE, VIEWS), (bs, entity, at, n) -> {});

  private Hits() {}

  /** The DSL of {@code ks.hits}, unable to run queries. */
  static QueryTable<Hit> table() {
    return QueryTable.unbound(MODEL, "ks");
  }

  private static final class HitTable implements TableDescriptor<Hit> {

    private static final List<ColumnDescriptor> COLUMNS =
        List.of(
            new ColumnDescriptor(
                "page", "page", "page", "text", ColumnKind.PARTITION_KEY, 0, false),
            new ColumnDescriptor(
                "views", "views", "views", "counter", ColumnKind.REGULAR, 0, false));

    @Override
    public String keyspace() {
      return null;
    }

    @Override
    public String name() {
      return "hits";
    }

    @Override
    public List<ColumnDescriptor> columns() {
      return COLUMNS;
    }

    @Override
    public boolean isCounterTable() {
      return true;
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
    public Hit read(Row row) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Hit read(Row row, int[] at) {
      throw new UnsupportedOperationException();
    }
  }
}
