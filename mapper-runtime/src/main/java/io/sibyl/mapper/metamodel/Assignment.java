package io.sibyl.mapper.metamodel;

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
  public enum Kind {
    /** {@code column = ?}. */
    SET,
    /** {@code column[?] = ?}: one element of a list or one entry of a map. */
    SET_ELEMENT,
    /** {@code column = column + ?}: a collection's elements or a map's entries added. */
    APPEND,
    /** {@code column = ? + column}: a list's elements added in front. */
    PREPEND,
    /** {@code column = column - ?}: a collection's elements or a map's keys removed. */
    REMOVE,
    /** {@code column = column + ?} on a counter. */
    INCREMENT,
    /** {@code column = column - ?} on a counter. */
    DECREMENT
  }

  private final ColumnRef<T, ?> column;
  private final Kind kind;
  private final Object value;
  private final ValueBinder<Object> binder;
  private final CollectionElement<T> element;

  @SuppressWarnings("unchecked")
  private Assignment(
      ColumnRef<T, ?> column,
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

  /**
   * A term whose value is bound by the column's own binder, counter amounts as {@code bigint} (for
   * the metamodel's columns, which updates take assignments from: {@code User_.NAME.set("ada")}).
   *
   * @throws IllegalArgumentException for {@link Kind#SET_ELEMENT}, which {@link #element} makes
   */
  public static <T, V> Assignment<T> of(ColumnRef<T, V> column, Kind kind, V value) {
    return new Assignment<>(checked(column, kind), kind, value, null, null);
  }

  /**
   * A term whose value (not of the column's type: the keys a map removes) is bound by {@code
   * binder} (for the metamodel's columns).
   *
   * @throws IllegalArgumentException for {@link Kind#SET_ELEMENT}, which {@link #element} makes
   */
  public static <T, X> Assignment<T> bound(
      ColumnRef<T, ?> column, Kind kind, X value, ValueBinder<? super X> binder) {
    return new Assignment<>(
        checked(column, kind), kind, value, Objects.requireNonNull(binder, "binder"), null);
  }

  private static <C extends ColumnRef<?, ?>> C checked(C column, Kind kind) {
    Objects.requireNonNull(column, "column");
    if (kind == Kind.SET_ELEMENT) {
      throw new IllegalArgumentException(
          "An element of " + column.cql() + " is set with Assignment.element(...)");
    }
    return column;
  }

  /**
   * {@code column[index or key] = value}; the value is bound by {@code binder} (for the metamodel's
   * list and map columns).
   */
  public static <T, X> Assignment<T> element(
      CollectionElement<T> element, X value, ValueBinder<? super X> binder) {
    return new Assignment<>(
        element.column(),
        Kind.SET_ELEMENT,
        value,
        Objects.requireNonNull(binder, "binder"),
        element);
  }

  /** The assigned column. */
  public ColumnRef<T, ?> column() {
    return column;
  }

  /** The form of the term. */
  public Kind kind() {
    return kind;
  }

  /**
   * The value the term binds: the column's new value for {@link Kind#SET}, the elements or amount
   * for the others (the element's value for {@link Kind#SET_ELEMENT}).
   */
  public Object value() {
    return value;
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
  public boolean isIdempotent() {
    return switch (kind) {
      case INCREMENT, DECREMENT -> false;
      case APPEND, PREPEND -> !(column instanceof ListRef);
      case SET, SET_ELEMENT, REMOVE -> true;
    };
  }

  /** Whether the term increments or decrements a counter. */
  public boolean isCounter() {
    return kind == Kind.INCREMENT || kind == Kind.DECREMENT;
  }

  /**
   * Binds the term's values from marker {@code i}; returns the index after them. Called by the
   * DSL's statements when they run.
   */
  public int bind(BoundStatement bs, int i) {
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
