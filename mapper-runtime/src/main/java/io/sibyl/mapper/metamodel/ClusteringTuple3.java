package io.sibyl.mapper.metamodel;

import java.util.List;

/**
 * Three consecutive clustering columns, {@code (a, b, c)}, for multi-column relations: {@code
 * ClusteringRef.tuple(Event_.DAY, Event_.AT, Event_.SEQ).gte(day, at, seq)}.
 *
 * @param <T> the entity type
 * @param <A> the first column's Java type
 * @param <B> the second column's Java type
 * @param <C> the third column's Java type
 */
public final class ClusteringTuple3<T, A, B, C> extends ClusteringTuple<T> {

  ClusteringTuple3(
      ClusteringRef<T, A> first, ClusteringRef<T, B> second, ClusteringRef<T, C> third) {
    super(List.of(first, second, third));
  }

  /** {@code (a, b, c) = (?, ?, ?)}. */
  public TupleRestriction<T> eq(A a, B b, C c) {
    return relation(Operator.EQ, a, b, c);
  }

  /** {@code (a, b, c) > (?, ?, ?)}: rows after these values in clustering order. */
  public TupleRestriction<T> gt(A a, B b, C c) {
    return relation(Operator.GT, a, b, c);
  }

  /** {@code (a, b, c) >= (?, ?, ?)}. */
  public TupleRestriction<T> gte(A a, B b, C c) {
    return relation(Operator.GTE, a, b, c);
  }

  /** {@code (a, b, c) < (?, ?, ?)}: rows before these values in clustering order. */
  public TupleRestriction<T> lt(A a, B b, C c) {
    return relation(Operator.LT, a, b, c);
  }

  /** {@code (a, b, c) <= (?, ?, ?)}. */
  public TupleRestriction<T> lte(A a, B b, C c) {
    return relation(Operator.LTE, a, b, c);
  }

  /** One tuple of values, for {@link #in(ClusteringValues[])}. */
  public ClusteringValues<T> values(A a, B b, C c) {
    return tuple(a, b, c);
  }
}
