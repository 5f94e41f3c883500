package io.sibyl.mapper.metamodel;

import java.util.List;

/**
 * Two consecutive clustering columns, {@code (a, b)}, for multi-column relations: {@code
 * ClusteringRef.tuple(Event_.DAY, Event_.AT).gt(day, at)}.
 *
 * @param <T> the entity type
 * @param <A> the first column's Java type
 * @param <B> the second column's Java type
 */
public final class ClusteringTuple2<T, A, B> extends ClusteringTuple<T> {

  ClusteringTuple2(ClusteringRef<T, A> first, ClusteringRef<T, B> second) {
    super(List.of(first, second));
  }

  /** {@code (a, b) = (?, ?)}. */
  public TupleRestriction<T> eq(A a, B b) {
    return relation(Operator.EQ, a, b);
  }

  /** {@code (a, b) > (?, ?)}: rows after these values in clustering order. */
  public TupleRestriction<T> gt(A a, B b) {
    return relation(Operator.GT, a, b);
  }

  /** {@code (a, b) >= (?, ?)}. */
  public TupleRestriction<T> gte(A a, B b) {
    return relation(Operator.GTE, a, b);
  }

  /** {@code (a, b) < (?, ?)}: rows before these values in clustering order. */
  public TupleRestriction<T> lt(A a, B b) {
    return relation(Operator.LT, a, b);
  }

  /** {@code (a, b) <= (?, ?)}. */
  public TupleRestriction<T> lte(A a, B b) {
    return relation(Operator.LTE, a, b);
  }

  /** One tuple of values, for {@link #in(ClusteringValues[])}. */
  public ClusteringValues<T> values(A a, B b) {
    return tuple(a, b);
  }
}
