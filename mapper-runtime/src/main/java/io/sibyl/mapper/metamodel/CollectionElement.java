package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import java.util.Objects;

/**
 * One element of a collection column: a list element by its index ({@code Post_.COMMENTS.at(2)}) or
 * a map entry by its key ({@code Post_.RATINGS.key("ada")}). It names what a delete removes ({@code
 * DELETE comments[?]}); its CQL has one bind marker, for the index or the key.
 *
 * @param <T> the entity type
 */
public final class CollectionElement<T> {

  private final ColumnRef<T, ?> column;
  private final Object selector;
  private final ValueBinder<Object> keyBinder;

  @SuppressWarnings("unchecked")
  private CollectionElement(ColumnRef<T, ?> column, Object selector, ValueBinder<?> keyBinder) {
    this.column = column;
    this.selector = selector;
    this.keyBinder = (ValueBinder<Object>) keyBinder;
  }

  /**
   * The element at {@code index} of a list column (for {@link ListRef#at}, which deletes take it
   * from).
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static <T> CollectionElement<T> listIndex(ListRef<T, ?> column, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(
          "A list index cannot be negative, got " + index + " for column " + column.cql());
    }
    return new CollectionElement<>(column, index, null);
  }

  /**
   * The entry of {@code key} of a map column, the key bound by {@code keyBinder} (for {@link
   * MapRef#key}, which deletes take it from).
   *
   * @throws NullPointerException if {@code key} is null
   */
  public static <T, K> CollectionElement<T> mapKey(
      MapRef<T, K, ?> column, K key, ValueBinder<? super K> keyBinder) {
    Objects.requireNonNull(key, () -> "The map key of column " + column.cql() + " cannot be null");
    return new CollectionElement<>(column, key, Objects.requireNonNull(keyBinder, "keyBinder"));
  }

  /** The collection column. */
  public ColumnRef<T, ?> column() {
    return column;
  }

  /** The list index (an {@code Integer}) or the map key. */
  public Object selector() {
    return selector;
  }

  /** Whether this is a list element by index (removing it shifts the following elements). */
  public boolean isListIndex() {
    return keyBinder == null;
  }

  /** The CQL of the element, {@code column[?]}. */
  public String cql() {
    return column.cql() + "[?]";
  }

  /** Binds the index or key to marker {@code i}. Called by the DSL's statements when they run. */
  public void bind(BoundStatement bs, int i) {
    if (keyBinder == null) {
      bs.setInt(i, (Integer) selector);
    } else {
      keyBinder.bind(bs, i, selector);
    }
  }

  @Override
  public String toString() {
    return column.cql() + "[" + selector + "]";
  }
}
