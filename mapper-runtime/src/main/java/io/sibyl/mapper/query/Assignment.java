package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import java.util.Objects;

/**
 * One {@code SET} term of an update, such as {@code User_.NAME.set("ada")}. Its CQL has one bind
 * marker, or two when it sets one collection element ({@code comments[?] = ?}).
 *
 * @param <T> the entity type
 */
public final class Assignment<T> {

  /** The forms of assignment. */
  enum Kind {
    SET,
    SET_ELEMENT,
    APPEND,
    PREPEND,
    REMOVE,
    INCREMENT,
    DECREMENT
  }

  private final Column<T, ?> column;
  private final Kind kind;
  private final Object value;
  private final ValueBinder<Object> binder;
  private final CollectionElement<T> element;

  /**
   * A term whose value is bound by the column's own binder when {@code columnTyped}, else by the
   * driver's default codecs (counter amounts are always bound as {@code bigint}).
   */
  Assignment(Column<T, ?> column, Kind kind, Object value, boolean columnTyped) {
    this(column, kind, value, columnTyped ? null : DriverBinder.of(), null);
  }

  @SuppressWarnings("unchecked")
  private Assignment(
      Column<T, ?> column,
      Kind kind,
      Object value,
      ValueBinder<?> binder,
      CollectionElement<T> element) {
    this.column = column;
    this.kind = kind;
    this.value = value;
    this.binder = (ValueBinder<Object>) binder;
    this.element = element;
  }

  /** A term whose value (not of the column's type) is bound by {@code binder}. */
  static <T, X> Assignment<T> bound(
      Column<T, ?> column, Kind kind, X value, ValueBinder<? super X> binder) {
    return new Assignment<>(column, kind, value, Objects.requireNonNull(binder, "binder"), null);
  }

  /** {@code column[index or key] = value}; the value is bound by {@code binder}. */
  static <T, X> Assignment<T> element(
      CollectionElement<T> element, X value, ValueBinder<? super X> binder) {
    return new Assignment<>(
        element.column(),
        Kind.SET_ELEMENT,
        value,
        Objects.requireNonNull(binder, "binder"),
        element);
  }

  /** The assigned column. */
  public Column<T, ?> column() {
    return column;
  }

  /** The CQL of the term, with its bind markers. */
  public String cql() {
    String c = column.cql();
    return switch (kind) {
      case SET -> c + " = ?";
      case SET_ELEMENT -> element.cql() + " = ?";
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
      case SET, SET_ELEMENT, REMOVE -> true;
    };
  }

  boolean isCounter() {
    return kind == Kind.INCREMENT || kind == Kind.DECREMENT;
  }

  /** Binds the term's values from {@code i}; returns the index after them. */
  int bind(BoundStatement bs, int i) {
    int next = i;
    if (element != null) {
      element.bind(bs, next++);
    }
    if (isCounter()) {
      bs.setLong(next, (Long) value);
    } else if (binder == null) {
      column.bindValue(bs, next, value);
    } else if (value == null) {
      bs.setToNull(next);
    } else {
      binder.bind(bs, next, value);
    }
    return next + 1;
  }

  @Override
  public String toString() {
    String target = element == null ? column.cql() : element.toString();
    return switch (kind) {
      case SET, SET_ELEMENT -> target + " = " + value;
      case APPEND, INCREMENT -> target + " = " + target + " + " + value;
      case PREPEND -> target + " = " + value + " + " + target;
      case REMOVE, DECREMENT -> target + " = " + target + " - " + value;
    };
  }
}
