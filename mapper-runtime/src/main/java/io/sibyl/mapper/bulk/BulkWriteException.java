package io.sibyl.mapper.bulk;

import io.sibyl.mapper.MapperException;

/**
 * A bulk write that did not write every entity ({@link BulkResult#orThrow()}), or whose input
 * failed while it was read; {@link #result()} tells what was written and what failed.
 */
public class BulkWriteException extends MapperException {
  private final transient BulkResult<?> result;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param cause the first failure's error, or the input's
   * @param result what was written and what failed until then
   */
  public BulkWriteException(String message, Throwable cause, BulkResult<?> result) {
    super(message, cause);
    this.result = result;
  }

  /** What was written and what failed. */
  public BulkResult<?> result() {
    return result;
  }
}
