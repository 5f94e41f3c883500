package io.sibyl.mapper.metamodel;

import java.util.List;
import java.util.Objects;

/**
 * A clustering column: it takes ranges and orders results.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class ClusteringRef<T, V> extends ColumnRef<T, V> {

  private final ValueBinder<List<V>> listBinder;

  /**
   * A column of the given spec whose {@code IN} lists are bound by the driver's default codecs: for
   * hand-written metamodels of plain types.
   */
  public ClusteringRef(ColumnSpec<T, V> spec) {
    this(spec, DriverBinder.of());
  }

  /**
   * A column of the given spec whose {@code IN} lists are bound by {@code listBinder}, with the
   * column's own codec for each value (called by generated metamodels).
   */
  public ClusteringRef(ColumnSpec<T, V> spec, ValueBinder<List<V>> listBinder) {
    super(spec);
    this.listBinder = Objects.requireNonNull(listBinder, "listBinder");
  }

  /** {@code column IN ?}, bound as one list. */
  @SafeVarargs
  public final Restriction<T> in(V... values) {
    return in(List.of(values));
  }

  /** {@code column IN ?}, bound as one list. */
  public Restriction<T> in(List<V> values) {
    return Restriction.bound(this, Operator.IN, List.copyOf(values), listBinder);
  }

  /** {@code column > value}. */
  public Restriction<T> gt(V value) {
    return range(Operator.GT, value);
  }

  /** {@code column >= value}. */
  public Restriction<T> gte(V value) {
    return range(Operator.GTE, value);
  }

  /** {@code column < value}. */
  public Restriction<T> lt(V value) {
    return range(Operator.LT, value);
  }

  /** {@code column <= value}. */
  public Restriction<T> lte(V value) {
    return range(Operator.LTE, value);
  }

  /** {@code ORDER BY column ASC}. */
  public Ordering<T> asc() {
    return new Ordering<>(this, false);
  }

  /** {@code ORDER BY column DESC}. */
  public Ordering<T> desc() {
    return new Ordering<>(this, true);
  }

  /**
   * Two consecutive clustering columns, for multi-column relations such as {@code (a, b) > (?, ?)}.
   *
   * @throws InvalidRestrictionException if they are not consecutive clustering columns of one table
   *     in key order
   */
  public static <T, A, B> ClusteringTuple2<T, A, B> tuple(
      ClusteringRef<T, A> first, ClusteringRef<T, B> second) {
    return new ClusteringTuple2<>(first, second);
  }

  /**
   * Three consecutive clustering columns, for multi-column relations such as {@code (a, b, c) >=
   * (?, ?, ?)}.
   *
   * @throws InvalidRestrictionException if they are not consecutive clustering columns of one table
   *     in key order
   */
  public static <T, A, B, C> ClusteringTuple3<T, A, B, C> tuple(
      ClusteringRef<T, A> first, ClusteringRef<T, B> second, ClusteringRef<T, C> third) {
    return new ClusteringTuple3<>(first, second, third);
  }

  /**
   * {@code column > function(?)}, such as {@code id > minTimeuuid(?)}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> gt(Term<V> term) {
    return Restriction.compared(this, Operator.GT, term);
  }

  /**
   * {@code column >= function(?)}, such as {@code id >= minTimeuuid(?)}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> gte(Term<V> term) {
    return Restriction.compared(this, Operator.GTE, term);
  }

  /**
   * {@code column < function(?)}, such as {@code id < minTimeuuid(?)}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> lt(Term<V> term) {
    return Restriction.compared(this, Operator.LT, term);
  }

  /**
   * {@code column <= function(?)}, such as {@code id <= minTimeuuid(?)}.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public Restriction<T> lte(Term<V> term) {
    return Restriction.compared(this, Operator.LTE, term);
  }
}
