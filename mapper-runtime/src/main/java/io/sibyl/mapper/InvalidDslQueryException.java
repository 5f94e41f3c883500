package io.sibyl.mapper;

/**
 * A query of the DSL that Cassandra would refuse or could only serve by scanning, found before it
 * is sent. The message says what is wrong and what to add or change. Subclasses name the rule.
 */
public class InvalidDslQueryException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to do. */
  public InvalidDslQueryException(String message) {
    super(message);
  }
}
