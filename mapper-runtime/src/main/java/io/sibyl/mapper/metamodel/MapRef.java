package io.sibyl.mapper.metamodel;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map column.
 *
 * @param <T> the entity type
 * @param <K> the key type
 * @param <V> the value type
 */
public final class MapRef<T, K, V> extends WritableRef<T, Map<K, V>> {

  private final ValueBinder<K> keyBinder;
  private final ValueBinder<V> valueBinder;
  private final ValueBinder<Set<K>> keySetBinder;

  /**
   * A column of the given spec whose single keys and values ({@link #containsKey}, {@link
   * #contains}, {@link #remove}, {@link #key}) are bound by the driver's default codecs: for
   * hand-written metamodels of plain key and value types.
   */
  public MapRef(ColumnSpec<T, Map<K, V>> spec) {
    this(spec, DriverBinder.of(), DriverBinder.of(), DriverBinder.of());
  }

  /**
   * A column of the given spec whose single keys, single values and sets of keys are bound by these
   * binders, with the key's and value's own codecs (called by generated metamodels).
   *
   * @param spec the column
   * @param keyBinder binds one key ({@code CONTAINS KEY ?}, {@code column[?]})
   * @param valueBinder binds one value ({@code CONTAINS ?})
   * @param keySetBinder binds a set of keys ({@code column = column - ?})
   */
  public MapRef(
      ColumnSpec<T, Map<K, V>> spec,
      ValueBinder<K> keyBinder,
      ValueBinder<V> valueBinder,
      ValueBinder<Set<K>> keySetBinder) {
    super(spec);
    this.keyBinder = Objects.requireNonNull(keyBinder, "keyBinder");
    this.valueBinder = Objects.requireNonNull(valueBinder, "valueBinder");
    this.keySetBinder = Objects.requireNonNull(keySetBinder, "keySetBinder");
  }

  /** {@code column CONTAINS KEY key}: needs an index on the keys or {@code allowFiltering()}. */
  public Restriction<T> containsKey(K key) {
    return Restriction.bound(this, Operator.CONTAINS_KEY, key, keyBinder);
  }

  /** {@code column CONTAINS value}: needs an index on the values or {@code allowFiltering()}. */
  public Restriction<T> contains(V value) {
    return Restriction.bound(this, Operator.CONTAINS, value, valueBinder);
  }

  /** {@code SET column = column + entries}: adds or replaces entries. */
  public Assignment<T> put(Map<K, V> entries) {
    return Assignment.of(this, Assignment.Kind.APPEND, Map.copyOf(entries));
  }

  /** {@code SET column = column + {key: value}}: adds or replaces the entry of one key. */
  public Assignment<T> put(K key, V value) {
    return put(Map.of(key, value));
  }

  /** {@code SET column = column - keys}: removes the entries of these keys. */
  public Assignment<T> remove(Set<K> keys) {
    return Assignment.bound(this, Assignment.Kind.REMOVE, Set.copyOf(keys), keySetBinder);
  }

  /** {@code SET column = column - {key}}: removes the entry of one key. */
  public Assignment<T> removeKey(K key) {
    return remove(Set.of(key));
  }

  /** The entry of {@code key}, for {@code delete().elements(...)} ({@code DELETE column[?]}). */
  public CollectionElement<T> key(K key) {
    return CollectionElement.mapKey(this, key, keyBinder);
  }

  /**
   * The value of {@code key} in this map column, for an {@code IF} condition: {@code
   * value("ada").eq(5)} is {@code IF ratings[?] = ?}.
   */
  public ElementRef<T, V> value(K key) {
    return new ElementRef<>(CollectionElement.mapKey(this, key, keyBinder), valueBinder);
  }
}
