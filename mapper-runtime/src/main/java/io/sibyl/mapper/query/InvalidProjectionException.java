package io.sibyl.mapper.query;

import io.sibyl.mapper.InvalidDslQueryException;

/**
 * A {@code SELECT DISTINCT} Cassandra refuses: it selects a column outside the partition key and
 * the static columns, misses a partition key column, restricts a clustering or regular column, or
 * has a per-partition limit; a {@code GROUP BY} that is not the partition key followed by a
 * clustering prefix; or a {@code defer(...)} of a key column or outside a select of entities.
 */
public final class InvalidProjectionException extends InvalidDslQueryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to change. */
  public InvalidProjectionException(String message) {
    super(message);
  }
}
