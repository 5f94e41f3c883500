package io.sibyl.mapper.metamodel;

import java.util.Objects;

/**
 * One column that differs between two versions of an entity, and how a changed-column update writes
 * it: the whole value, or the elements added to or removed from a collection.
 *
 * @param column the column
 * @param kind how it is written
 * @param value the value written: the new value for {@link Kind#SET}, else the elements or entries
 *     added or removed (a list, a set, a map, or the set of removed map keys)
 * @param <T> the entity type
 */
public record ColumnChange<T>(ColumnRef<T, ?> column, Kind kind, Object value) {

  /** How a changed column is written. */
  public enum Kind {
    /** {@code column = ?}: the whole new value (null deletes it). */
    SET,
    /** {@code list = list + ?}: elements appended to a list (not idempotent). */
    APPEND,
    /** {@code list = list - ?}: every occurrence of some elements removed from a list. */
    REMOVE_ELEMENTS,
    /** {@code set = set + ?}: elements added to a set. */
    ADD,
    /** {@code set = set - ?}: elements removed from a set. */
    REMOVE,
    /** {@code map = map + ?}: entries added or replaced. */
    PUT,
    /** {@code map = map - ?}: the entries of some keys removed. */
    REMOVE_KEYS
  }

  /** Checks the components. */
  public ColumnChange {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kind, "kind");
  }

  /** The column name as written in CQL. */
  public String columnName() {
    return column.cql();
  }

  /** The assignment of an update that writes this change. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Assignment<T> assignment() {
    return switch (kind) {
      case SET -> Assignment.of((ColumnRef) column, Assignment.Kind.SET, value);
      case APPEND -> ((ListRef) column).append((java.util.List) value);
      case REMOVE_ELEMENTS -> ((ListRef) column).removeAll((java.util.List) value);
      case ADD -> ((SetRef) column).add((java.util.Set) value);
      case REMOVE -> ((SetRef) column).remove((java.util.Set) value);
      case PUT -> ((MapRef) column).put((java.util.Map) value);
      case REMOVE_KEYS -> ((MapRef) column).remove((java.util.Set) value);
    };
  }

  /** Whether writing this change twice leaves the same value: all but list appends. */
  public boolean isIdempotent() {
    return kind != Kind.APPEND;
  }

  /** The column and the kind, never the values (for logs and messages). */
  @Override
  public String toString() {
    return column.cql() + ":" + kind;
  }
}
