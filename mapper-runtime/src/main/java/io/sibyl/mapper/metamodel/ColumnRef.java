package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Row;
import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;

/**
 * A typed column of entity {@code T} holding values of Java type {@code V}: the constants of a
 * generated metamodel class ({@code User_.NAME}). The subclass says what the column can do: only
 * key columns take {@code in}, only clustering columns order, only collections take {@code
 * contains}, so a misuse, a wrong value type or a column of another table does not compile.
 *
 * <p>Every column type ends in {@code Ref} (a typed reference to a column) so that it never clashes
 * with the mapping annotations {@code @Column}, {@code @ClusteringColumn} and {@code @StaticColumn}
 * in the same file.
 *
 * @param <T> the entity type
 * @param <V> the Java type of the column's values (boxed)
 */
public abstract sealed class ColumnRef<T, V> implements Selector<T, V>
    permits PartitionKeyRef, ClusteringRef, WritableRef, CounterRef {

  private final TableDescriptor<T> table;
  private final int position;
  private final ColumnDescriptor descriptor;
  private final IndexType indexType;
  private final IndexTarget indexTarget;
  private final ValueBinder<V> binder;
  private final ValueReader<V> reader;

  ColumnRef(ColumnSpec<T, V> spec) {
    this.table = spec.table();
    this.position = spec.position();
    this.descriptor = table.columns().get(position);
    this.indexType = spec.indexType();
    this.indexTarget = spec.indexTarget();
    this.binder = spec.binder();
    this.reader = spec.reader();
  }

  /** The table of the column. */
  @Override
  public TableDescriptor<T> table() {
    return table;
  }

  /** The position of the column in {@link TableDescriptor#columns()}. */
  public int position() {
    return position;
  }

  /** The column name as written in CQL. */
  @Override
  public String cql() {
    return descriptor.cql();
  }

  /** The Java property the column maps. */
  public String property() {
    return descriptor.property();
  }

  /** The column's role in its table. */
  public ColumnKind kind() {
    return descriptor.kind();
  }

  /** The kind of index declared on the column, or null when it has none. */
  public IndexType indexType() {
    return indexType;
  }

  /** What the index of a collection column covers, or null when the column has no index. */
  public IndexTarget indexTarget() {
    return indexTarget;
  }

  /**
   * {@code column = value}, for a {@code WHERE} restriction or an {@code IF} condition (where null
   * tests that the column is null).
   */
  public Restriction<T> eq(V value) {
    return Restriction.of(this, Operator.EQ, value);
  }

  /** Reads this column's value at index {@code i} of a row. */
  @Override
  public V read(Row row, int i) {
    return row.isNull(i) ? null : reader.read(row, i);
  }

  Restriction<T> range(Operator operator, V value) {
    return Restriction.of(this, operator, value);
  }

  Restriction<T> likePattern(String pattern) {
    if (pattern == null || pattern.replace("%", "").isEmpty()) {
      throw new InvalidRestrictionException(
          "LIKE on column "
              + cql()
              + " of "
              + table.name()
              + " needs a pattern with at least one character besides '%', got "
              + (pattern == null ? "null" : "'" + pattern + "'"));
    }
    return Restriction.bound(this, Operator.LIKE, pattern, DriverBinder.of());
  }

  /**
   * Binds a value of this column at index {@code i} of {@code bs} with the column's own binder, or
   * binds null (for the statements of the query DSL).
   *
   * @param value a value of the column's Java type, or null
   * @throws ClassCastException if {@code value} is not of the column's Java type
   */
  @SuppressWarnings("unchecked")
  public void bindValue(BoundStatement bs, int i, Object value) {
    if (value == null) {
      bs.setToNull(i);
    } else {
      binder.bind(bs, i, (V) value);
    }
  }

  @Override
  public String toString() {
    return table.name() + "." + descriptor.name();
  }
}
