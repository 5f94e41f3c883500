package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;

/**
 * One {@code SET} term of an update, such as {@code User_.NAME.set("ada")}; its CQL has one bind
 * marker.
 *
 * @param <T> the entity type
 */
public final class Assignment<T> {

  /** The forms of assignment. */
  enum Kind {
    SET,
    APPEND,
    PREPEND,
    REMOVE,
    INCREMENT,
    DECREMENT
  }

  private final Column<T, ?> column;
  private final Kind kind;
  private final Object value;
  private final boolean columnTyped;

  Assignment(Column<T, ?> column, Kind kind, Object value, boolean columnTyped) {
    this.column = column;
    this.kind = kind;
    this.value = value;
    this.columnTyped = columnTyped;
  }

  /** The assigned column. */
  public Column<T, ?> column() {
    return column;
  }

  /** The CQL of the term, with one bind marker. */
  public String cql() {
    String c = column.cql();
    return switch (kind) {
      case SET -> c + " = ?";
      case APPEND, INCREMENT -> c + " = " + c + " + ?";
      case PREPEND -> c + " = ? + " + c;
      case REMOVE, DECREMENT -> c + " = " + c + " - ?";
    };
  }

  /** Whether applying the term twice leaves the same value (not so for counters and list adds). */
  boolean isIdempotent() {
    return switch (kind) {
      case INCREMENT, DECREMENT -> false;
      case APPEND, PREPEND -> !(column instanceof ListColumn);
      case SET, REMOVE -> true;
    };
  }

  boolean isCounter() {
    return kind == Kind.INCREMENT || kind == Kind.DECREMENT;
  }

  void bind(BoundStatement bs, int i) {
    if (isCounter()) {
      bs.setLong(i, (Long) value);
    } else if (columnTyped) {
      column.bindValue(bs, i, value);
    } else {
      bs.setObject(i, value);
    }
  }

  @Override
  public String toString() {
    return cql().replace("?", String.valueOf(value));
  }
}
