package io.sibyl.mapper.query;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.List;

/**
 * A hand-written table descriptor for the DSL's unit tests: a name and columns, no DDL, and no
 * reading of rows (the tests build and check queries without running them).
 */
final class FixtureTable<T> implements TableDescriptor<T> {

  private final String name;
  private final List<ColumnDescriptor> columns;
  private final boolean counters;

  FixtureTable(String name, List<ColumnDescriptor> columns, boolean counters) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.counters = counters;
  }

  /** A column whose Java property has the column's name. */
  static ColumnDescriptor column(
      String name, String type, ColumnKind kind, int position, boolean descending) {
    return new ColumnDescriptor(name, name, name, type, kind, position, descending);
  }

  @Override
  public String keyspace() {
    return null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ColumnDescriptor> columns() {
    return columns;
  }

  @Override
  public boolean isCounterTable() {
    return counters;
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
  public T read(Row row) {
    throw new UnsupportedOperationException();
  }

  @Override
  public T read(Row row, int[] at) {
    throw new UnsupportedOperationException();
  }
}
