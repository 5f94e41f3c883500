package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;

/**
 * A paging token was refused: it is not a well-formed token, it was altered or issued under another
 * key, it was issued under another protocol version, or it belongs to another statement or other
 * bound values. {@link #failedCheck()} says which; the message says what to do.
 *
 * <p>Nothing was sent to the server: a refused token never reaches a node.
 */
public class InvalidPagingTokenException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** The check of a paging token that failed. */
  public enum Check {
    /** The string is not Base64url without padding, is too short, or has an unknown format. */
    FORMAT,
    /** The MAC does not verify: the token was altered, or issued under another key. */
    MAC,
    /** The token was issued under another native protocol version than the session's. */
    PROTOCOL_VERSION,
    /** The token was issued for another statement text, keyspace or other bound values. */
    STATEMENT
  }

  private final Check failedCheck;

  /** Creates the exception for the check that failed, with a message saying what to do. */
  public InvalidPagingTokenException(Check failedCheck, String message) {
    super(message);
    this.failedCheck = failedCheck;
  }

  /** Which check failed. */
  public Check failedCheck() {
    return failedCheck;
  }
}
