package io.sibyl.driver;

/**
 * The root of every exception that Sibyl's driver throws. Unchecked.
 *
 * <p>Messages say what happened, where (node, statement text; never bound values or passwords) and,
 * where it helps, what to do about it. The specific kinds live in {@code io.sibyl.driver.error}.
 */
public class DriverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public DriverException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public DriverException(String message) {
    super(message);
  }
}
