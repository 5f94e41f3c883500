package io.sibyl.embedded;

/**
 * Thrown when a Cassandra cluster for tests cannot be set up, started, reached or stopped.
 *
 * <p>The message says what failed, on which node or file, and what to do about it; a node that
 * failed to start also has the tail of its log in the message.
 */
public class EmbeddedCassandraException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message only.
   *
   * @param message what failed, where, and what to do
   */
  public EmbeddedCassandraException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what failed, where, and what to do
   * @param cause the underlying failure
   */
  public EmbeddedCassandraException(String message, Throwable cause) {
    super(message, cause);
  }
}
