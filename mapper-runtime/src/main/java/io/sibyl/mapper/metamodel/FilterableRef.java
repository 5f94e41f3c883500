package io.sibyl.mapper.metamodel;

import java.util.List;

/**
 * A static or regular column: outside the primary key and not a collection, it takes ranges and
 * {@code LIKE}. Restricting it needs an index on it, or {@code allowFiltering()}.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public abstract sealed class FilterableRef<T, V> extends WritableRef<T, V>
    permits StaticRef, RegularRef {

  FilterableRef(ColumnSpec<T, V> spec) {
    super(spec);
  }

  /** {@code column > value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> gt(V value) {
    return range(Operator.GT, value);
  }

  /** {@code column >= value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> gte(V value) {
    return range(Operator.GTE, value);
  }

  /** {@code column < value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> lt(V value) {
    return range(Operator.LT, value);
  }

  /** {@code column <= value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> lte(V value) {
    return range(Operator.LTE, value);
  }

  /**
   * {@code column LIKE pattern}: {@code 'abc%'} (prefix), {@code '%abc'} (suffix), {@code '%abc%'}
   * (substring) or {@code 'abc'} (whole value); {@code _} is not a wildcard. Needs a text column
   * with a SASI index ({@code 'abc%'} and {@code 'abc'}: any mode; the others: {@code CONTAINS}
   * mode), declared with {@code @Index(type = IndexType.SASI_CONTAINS)} (or {@code SASI_PREFIX}) or
   * found in the session's schema: Cassandra 5.0's storage-attached and secondary indexes do not
   * serve {@code LIKE}.
   *
   * @throws InvalidRestrictionException if the pattern is null or has nothing but {@code %}
   */
  public Restriction<T> like(String pattern) {
    return likePattern(pattern);
  }

  /**
   * {@code column > function(?)}, such as {@code id > minTimeuuid(?)}: needs a storage-attached
   * index or {@code allowFiltering()}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> gt(Term<V> term) {
    return Restriction.compared(this, Operator.GT, term);
  }

  /**
   * {@code column >= function(?)}, such as {@code id >= minTimeuuid(?)}: needs a storage-attached
   * index or {@code allowFiltering()}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> gte(Term<V> term) {
    return Restriction.compared(this, Operator.GTE, term);
  }

  /**
   * {@code column < function(?)}, such as {@code id < minTimeuuid(?)}: needs a storage-attached
   * index or {@code allowFiltering()}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> lt(Term<V> term) {
    return Restriction.compared(this, Operator.LT, term);
  }

  /**
   * {@code column <= function(?)}, such as {@code id <= minTimeuuid(?)}: needs a storage-attached
   * index or {@code allowFiltering()}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> lte(Term<V> term) {
    return Restriction.compared(this, Operator.LTE, term);
  }

  /**
   * {@code column IN ?}, bound as one list: for an {@code IF} condition ({@code
   * onlyIf(User_.STATUS.in("new", "open"))}), as Cassandra takes {@code IN} on a regular column
   * there only.
   */
  @SafeVarargs
  public final Restriction<T> in(V... values) {
    return in(List.of(values));
  }

  /** {@code column IN ?}, bound as one list: for an {@code IF} condition. */
  public Restriction<T> in(List<V> values) {
    return Restriction.bound(this, Operator.IN, List.copyOf(values), DriverBinder.of());
  }
}
