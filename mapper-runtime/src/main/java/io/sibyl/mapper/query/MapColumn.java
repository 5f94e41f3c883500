package io.sibyl.mapper.query;

import java.util.Map;
import java.util.Set;

/**
 * A map column.
 *
 * @param <T> the entity type
 * @param <K> the key type
 * @param <V> the value type
 */
public final class MapColumn<T, K, V> extends WritableColumn<T, Map<K, V>> {

  /** A column of the given spec (called by generated metamodels). */
  public MapColumn(ColumnSpec<T, Map<K, V>> spec) {
    super(spec);
  }

  /** {@code column CONTAINS KEY key}: needs an index on the keys or {@code allowFiltering()}. */
  public Restriction<T> containsKey(K key) {
    return new Restriction<>(this, Operator.CONTAINS_KEY, key, false);
  }

  /** {@code column CONTAINS value}: needs an index on the values or {@code allowFiltering()}. */
  public Restriction<T> contains(V value) {
    return new Restriction<>(this, Operator.CONTAINS, value, false);
  }

  /** {@code SET column = column + entries}: adds or replaces entries. */
  public Assignment<T> put(Map<K, V> entries) {
    return new Assignment<>(this, Assignment.Kind.APPEND, Map.copyOf(entries), true);
  }

  /** {@code SET column = column + {key: value}}: adds or replaces the entry of one key. */
  public Assignment<T> put(K key, V value) {
    return put(Map.of(key, value));
  }

  /** {@code SET column = column - keys}: removes the entries of these keys. */
  public Assignment<T> remove(Set<K> keys) {
    return new Assignment<>(this, Assignment.Kind.REMOVE, Set.copyOf(keys), false);
  }

  /** {@code SET column = column - {key}}: removes the entry of one key. */
  public Assignment<T> removeKey(K key) {
    return remove(Set.of(key));
  }

  /** The entry of {@code key}, for {@code delete().elements(...)} ({@code DELETE column[?]}). */
  public CollectionElement<T> key(K key) {
    return CollectionElement.mapKey(this, key);
  }
}
