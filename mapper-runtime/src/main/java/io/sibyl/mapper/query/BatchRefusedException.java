package io.sibyl.mapper.query;

import io.sibyl.mapper.MapperException;

/**
 * A statement that a {@link QueryBatch} cannot hold, refused when it is added rather than by the
 * server when the batch runs. The message says which rule it breaks and what to do instead.
 */
public class BatchRefusedException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to do. */
  public BatchRefusedException(String message) {
    super(message);
  }
}
