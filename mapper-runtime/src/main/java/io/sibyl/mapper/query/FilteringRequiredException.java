package io.sibyl.mapper.query;

import io.sibyl.mapper.InvalidDslQueryException;

/**
 * A select that Cassandra could only serve with {@code ALLOW FILTERING} (a scan), and that did not
 * ask for it: a regular column restricted without an index, a partial partition key, a gap in the
 * clustering columns.
 */
public final class FilteringRequiredException extends InvalidDslQueryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to add. */
  public FilteringRequiredException(String message) {
    super(message);
  }
}
