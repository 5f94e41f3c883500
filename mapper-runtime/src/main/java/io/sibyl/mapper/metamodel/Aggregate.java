package io.sibyl.mapper.metamodel;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.TableDescriptor;
import java.util.Objects;
import java.util.Set;

/**
 * An aggregate function as a selected value: {@code count(*)}, {@code count(column)}, {@code min},
 * {@code max}, {@code sum} and {@code avg} of a column, read with a Java type ({@code long} for the
 * counts, the column's type for the others, as Cassandra returns them: the {@code avg} of an {@code
 * int} column is an {@code int}). Per group with {@code SelectQuery.groupBy(...)}.
 *
 * <pre>{@code
 * select(Aggregate.count(Reading_.TABLE), Aggregate.max(Reading_.VALUE)).where(...).one();
 * }</pre>
 *
 * @param <T> the entity type
 * @param <V> the Java type of the aggregate's value
 */
public final class Aggregate<T, V> implements Selector<T, V> {

  private static final Set<String> NUMERIC =
      Set.of(
          "tinyint",
          "smallint",
          "int",
          "bigint",
          "varint",
          "float",
          "double",
          "decimal",
          "counter");

  private final TableDescriptor<T> table;
  private final String cql;
  private final ValueReader<V> reader;

  private Aggregate(TableDescriptor<T> table, String cql, ValueReader<V> reader) {
    this.table = table;
    this.cql = cql;
    this.reader = reader;
  }

  /** {@code count(*)}: the number of rows (of each group). */
  public static <T> Aggregate<T, Long> count(TableDescriptor<T> table) {
    return new Aggregate<>(Objects.requireNonNull(table, "table"), "count(*)", Row::getLong);
  }

  /** {@code count(column)}: the number of rows where the column is not null. */
  public static <T> Aggregate<T, Long> count(ColumnRef<T, ?> column) {
    return new Aggregate<>(column.table(), "count(" + column.cql() + ")", Row::getLong);
  }

  /** {@code min(column)}: the smallest value, in the column's type. */
  public static <T, V> Aggregate<T, V> min(ColumnRef<T, V> column) {
    return of("min", column);
  }

  /** {@code max(column)}: the largest value, in the column's type. */
  public static <T, V> Aggregate<T, V> max(ColumnRef<T, V> column) {
    return of("max", column);
  }

  /**
   * {@code sum(column)} of a numeric column, in the column's type (it overflows as the type does).
   *
   * @throws IllegalArgumentException if the column is not numeric
   */
  public static <T, V> Aggregate<T, V> sum(ColumnRef<T, V> column) {
    return of("sum", numeric("sum", column));
  }

  /**
   * {@code avg(column)} of a numeric column, in the column's type (truncated for integer types).
   *
   * @throws IllegalArgumentException if the column is not numeric
   */
  public static <T, V> Aggregate<T, V> avg(ColumnRef<T, V> column) {
    return of("avg", numeric("avg", column));
  }

  private static <T, V> Aggregate<T, V> of(String function, ColumnRef<T, V> column) {
    return new Aggregate<>(column.table(), function + "(" + column.cql() + ")", column::read);
  }

  private static <T, V> ColumnRef<T, V> numeric(String function, ColumnRef<T, V> column) {
    ColumnDescriptor descriptor = column.table().columns().get(column.position());
    if (!NUMERIC.contains(descriptor.cqlType())) {
      throw new IllegalArgumentException(
          function
              + "("
              + column.cql()
              + ") on "
              + column.table().name()
              + " is refused: the column is a "
              + descriptor.cqlType()
              + ", and "
              + function
              + " takes a numeric column; use min, max or count on it");
    }
    return column;
  }

  /** The table the aggregate reads from. */
  @Override
  public TableDescriptor<T> table() {
    return table;
  }

  /** The aggregate as written in CQL, such as {@code max(value)}. */
  @Override
  public String cql() {
    return cql;
  }

  /** Reads the aggregate's value at index {@code i} of a row (null when there is none). */
  @Override
  public V read(Row row, int i) {
    return row.isNull(i) ? null : reader.read(row, i);
  }

  /** Aggregates are equal when they have the same CQL on the same table. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Aggregate<?, ?> that && that.table == table && that.cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }

  @Override
  public String toString() {
    return table.name() + "." + cql;
  }
}
