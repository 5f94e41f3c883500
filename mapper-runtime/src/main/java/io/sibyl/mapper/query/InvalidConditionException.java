package io.sibyl.mapper.query;

import io.sibyl.mapper.InvalidDslQueryException;

/**
 * A conditional write ({@code ifExists()}, {@code onlyIf(...)}) that Cassandra refuses: both forms
 * at once, a condition with a custom timestamp, on a counter table, or on more than one row.
 */
public final class InvalidConditionException extends InvalidDslQueryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to change. */
  public InvalidConditionException(String message) {
    super(message);
  }
}
