package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive clustering columns taken together, for multi-column relations such as {@code (day,
 * at) > (?, ?)}, which compare rows in clustering order. Made by {@link ClusteringRef#tuple};
 * {@link ClusteringTuple2} and {@link ClusteringTuple3} type the values.
 *
 * @param <T> the entity type
 */
public abstract sealed class ClusteringTuple<T> permits ClusteringTuple2, ClusteringTuple3 {

  private final List<ClusteringRef<T, ?>> columns;
  private final String cql;

  ClusteringTuple(List<ClusteringRef<T, ?>> columns) {
    this.columns = List.copyOf(columns);
    StringBuilder names = new StringBuilder("(");
    for (ClusteringRef<T, ?> column : columns) {
      names.append(names.length() == 1 ? "" : ", ").append(column.cql());
    }
    this.cql = names.append(')').toString();
    checkConsecutive();
  }

  /** The columns, in clustering order. */
  public List<ClusteringRef<T, ?>> columns() {
    return columns;
  }

  /** The columns as written in CQL, such as {@code (day, at)}. */
  public String cql() {
    return cql;
  }

  /**
   * {@code (c1, c2) IN ((?, ?), (?, ?))}: one of these tuples of values, each made by {@code
   * values(...)} of this tuple. Each number of tuples is its own prepared shape.
   *
   * @throws InvalidRestrictionException if there are none, or some were made by another tuple
   */
  @SafeVarargs
  public final TupleRestriction<T> in(ClusteringValues<T>... values) {
    return in(Arrays.asList(values));
  }

  /** {@link #in(ClusteringValues[])} with a list. */
  public TupleRestriction<T> in(List<ClusteringValues<T>> values) {
    if (values.isEmpty()) {
      throw new InvalidRestrictionException(
          "IN on "
              + cql
              + " of "
              + table().name()
              + " needs at least one tuple of values: pass values(...) of this tuple");
    }
    List<Object[]> tuples = new ArrayList<>(values.size());
    for (ClusteringValues<T> tuple : values) {
      if (tuple.tuple() != this && !tuple.tuple().columns.equals(columns)) {
        throw new InvalidRestrictionException(
            "IN on "
                + cql
                + " of "
                + table().name()
                + " got values of "
                + tuple.tuple().cql
                + ": make them with values(...) of this tuple");
      }
      tuples.add(tuple.array());
    }
    return TupleRestriction.of(this, Operator.IN, tuples);
  }

  TupleRestriction<T> relation(Operator operator, Object... values) {
    return TupleRestriction.of(this, operator, List.<Object[]>of(checked(values)));
  }

  ClusteringValues<T> tuple(Object... values) {
    return new ClusteringValues<>(this, checked(values));
  }

  /** The table of the columns. */
  public TableDescriptor<T> table() {
    return columns.get(0).table();
  }

  private Object[] checked(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new InvalidRestrictionException(
            "ColumnRef "
                + columns.get(i).cql()
                + " of "
                + table().name()
                + " gets null in a relation on "
                + cql
                + ", which matches no row: pass a value");
      }
    }
    return values;
  }

  private void checkConsecutive() {
    TableDescriptor<T> table = table();
    int previous = -1;
    for (ClusteringRef<T, ?> column : columns) {
      if (column.table() != table) {
        throw new InvalidRestrictionException(
            "ColumnRef " + column + " is not a column of table " + table.name());
      }
      ColumnDescriptor descriptor = table.columns().get(column.position());
      if (previous >= 0 && descriptor.position() != previous + 1) {
        throw new InvalidRestrictionException(
            "Multi-column relation on "
                + cql
                + " of "
                + table.name()
                + " is refused: its columns must be consecutive clustering columns in key order ("
                + clusteringNames(table)
                + ")");
      }
      previous = descriptor.position();
    }
  }

  private static String clusteringNames(TableDescriptor<?> table) {
    StringBuilder names = new StringBuilder();
    for (ColumnDescriptor column : table.columns()) {
      if (column.kind() == ColumnKind.CLUSTERING_COLUMN) {
        names.append(names.length() == 0 ? "" : ", ").append(column.cql());
      }
    }
    return names.toString();
  }

  @Override
  public String toString() {
    return cql;
  }
}
