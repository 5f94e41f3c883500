package io.sibyl.mapper.query;

import io.sibyl.mapper.InvalidDslQueryException;

/**
 * An {@code ORDER BY} Cassandra refuses: not in clustering key order, mixing the table's order and
 * its reverse, or without the partition key restricted.
 */
public final class InvalidOrderingException extends InvalidDslQueryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to change. */
  public InvalidOrderingException(String message) {
    super(message);
  }
}
