package io.sibyl.mapper.query;

import io.sibyl.driver.Row;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.metamodel.Selector;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a projection ({@code select(User_.NAME, User_.EMAIL)}), read column by column with the
 * columns' own types.
 *
 * @param <T> the entity type
 */
public final class Projection<T> {

  private final Row row;
  private final List<Selector<T, ?>> columns;

  Projection(Row row, List<Selector<T, ?>> columns) {
    this.row = row;
    this.columns = columns;
  }

  /**
   * The value of a selected column.
   *
   * @throws MapperException if the column was not selected
   */
  public <V> V get(Selector<T, V> column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new MapperException(
          "Column "
              + column.cql()
              + " is not part of this projection "
              + columns
              + ": add it to select(...)");
    }
    return column.read(row, i);
  }

  /** The number of selected columns. */
  public int size() {
    return columns.size();
  }

  /**
   * The values of the selected columns, in {@code select(...)} order, each read with its column's
   * type (nulls included): the row as a tuple, as in {@code .map(Projection::values)}.
   */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(toArray()));
  }

  /** {@link #values()} as a new array. */
  public Object[] toArray() {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).read(row, i);
    }
    return values;
  }

  /** The driver row. */
  public Row row() {
    return row;
  }

  @Override
  public String toString() {
    return "Projection" + row;
  }
}
