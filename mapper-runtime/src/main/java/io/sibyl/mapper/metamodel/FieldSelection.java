package io.sibyl.mapper.metamodel;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.TableDescriptor;

/**
 * One field of a user-type column, as a selected value ({@code Address_.CITY.of(User_.HOME)}):
 * {@code SELECT home.city}.
 *
 * @param <T> the entity type
 * @param <V> the field's Java type
 */
public final class FieldSelection<T, V> implements Selector<T, V> {

  private final TableDescriptor<T> table;
  private final String cql;
  private final String description;
  private final ValueReader<V> reader;
  private final ColumnRef<T, ?> column;

  FieldSelection(
      TableDescriptor<T> table,
      String cql,
      String description,
      ValueReader<V> reader,
      ColumnRef<T, ?> column) {
    this.table = table;
    this.column = column;
    this.cql = cql;
    this.description = description;
    this.reader = reader;
  }

  /** The user-type column the field is of (its outermost column), or null. */
  ColumnRef<T, ?> column() {
    return column;
  }

  /** The table of the user-type column. */
  @Override
  public TableDescriptor<T> table() {
    return table;
  }

  /** The selector as written in CQL, such as {@code home.city}. */
  @Override
  public String cql() {
    return cql;
  }

  /** Reads the selected value at index {@code i} of a row. */
  @Override
  public V read(Row row, int i) {
    return row.isNull(i) ? null : reader.read(row, i);
  }

  /**
   * {@code column.field = value}, for an {@code IF} condition ({@code
   * onlyIf(Address_.CITY.of(User_.HOME).eq("Paris"))}); the value is bound with the driver's
   * default codec for its Java type. Null tests that the field is null.
   *
   * @throws InvalidRestrictionException if the field is not one of a column of the table (a field
   *     of a selector that is not a column)
   */
  public Restriction<T> eq(V value) {
    if (column == null) {
      throw new InvalidRestrictionException(
          "The condition " + description + " = ? is refused: it is not a field of a column");
    }
    return Restriction.onField(column, cql, Operator.EQ, value, DriverBinder.of());
  }

  /** Selections are equal when they select the same CQL, so a new one finds a projected value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof FieldSelection<?, ?> that && that.cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }

  @Override
  public String toString() {
    return description;
  }
}
