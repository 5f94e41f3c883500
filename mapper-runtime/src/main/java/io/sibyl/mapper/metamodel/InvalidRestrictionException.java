package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.InvalidDslQueryException;

/**
 * A restriction Cassandra refuses whatever the options: {@code IN} on a partition key column that
 * is not the last, a range before an equality among clustering columns, a write without its full
 * key, a column of another table.
 */
public final class InvalidRestrictionException extends InvalidDslQueryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to change. */
  public InvalidRestrictionException(String message) {
    super(message);
  }
}
