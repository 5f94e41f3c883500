package io.sibyl.mapper.metamodel;

/**
 * A column outside the primary key that takes plain assignments: static, regular and collection
 * columns.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public abstract sealed class WritableRef<T, V> extends ColumnRef<T, V>
    permits FilterableRef, ListRef, SetRef, MapRef {

  WritableRef(ColumnSpec<T, V> spec) {
    super(spec);
  }

  /** {@code SET column = value} (null writes a null). */
  public Assignment<T> set(V value) {
    return Assignment.of(this, Assignment.Kind.SET, value);
  }
}
