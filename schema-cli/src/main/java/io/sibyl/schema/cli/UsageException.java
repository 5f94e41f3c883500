package io.sibyl.schema.cli;

import io.sibyl.driver.DriverException;

/** The command line is malformed: the tool prints the message and exits with code 2. */
public final class UsageException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message what is wrong with the command line, in one line
   */
  public UsageException(String message) {
    super(message);
  }
}
