package io.sibyl.mapper;

import io.sibyl.driver.DriverException;

/** A failure of the mapper itself, such as a repository whose generated code cannot be found. */
public class MapperException extends DriverException {

  private static final long serialVersionUID = 1L;

  /** An exception with the given message, which should say what to do about it. */
  public MapperException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public MapperException(String message, Throwable cause) {
    super(message, cause);
  }
}
