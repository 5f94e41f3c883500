package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;

/**
 * One relation of a select's {@code WHERE} clause: a restriction on one column ({@link
 * Restriction}), a bound on the partition token ({@link TokenRestriction}), or a relation on
 * several clustering columns at once ({@link TupleRestriction}). Only {@link Restriction}s go into
 * updates and deletes, so a token bound or a tuple in a write does not compile.
 *
 * @param <T> the entity type
 */
public abstract sealed class Relation<T> permits Restriction, TokenRestriction, TupleRestriction {

  Relation() {}

  /** The CQL of the relation, with a bind marker for each value. */
  public abstract String cql();

  /**
   * Binds the values from marker {@code i}; returns the index of the next marker. Called by the
   * DSL's statements when they run.
   */
  public abstract int bindAt(BoundStatement bs, int i);
}
