package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;

/**
 * One condition on a column of entity {@code T}, such as {@code User_.NAME.eq("ada")}: a {@code
 * WHERE} restriction or an {@code IF} condition. Its CQL has one bind marker.
 *
 * @param <T> the entity type
 */
public final class Restriction<T> extends Relation<T> {

  private final Column<T, ?> column;
  private final Operator operator;
  private final Object value;
  private final boolean columnTyped;

  Restriction(Column<T, ?> column, Operator operator, Object value, boolean columnTyped) {
    this.column = column;
    this.operator = operator;
    this.value = value;
    this.columnTyped = columnTyped;
  }

  /** The restricted column. */
  public Column<T, ?> column() {
    return column;
  }

  /** The operator. */
  public Operator operator() {
    return operator;
  }

  /** The bound value (a list for {@code IN}); null only makes sense in an {@code IF} condition. */
  public Object value() {
    return value;
  }

  /** The CQL of the restriction, with one bind marker. */
  @Override
  public String cql() {
    return column.cql() + " " + operator.cql() + " ?";
  }

  void bind(BoundStatement bs, int i) {
    if (columnTyped) {
      column.bindValue(bs, i, value);
    } else {
      bs.setObject(i, value);
    }
  }

  @Override
  int bindAt(BoundStatement bs, int i) {
    bind(bs, i);
    return i + 1;
  }

  @Override
  public String toString() {
    return column.cql() + " " + operator.cql() + " " + value;
  }
}
