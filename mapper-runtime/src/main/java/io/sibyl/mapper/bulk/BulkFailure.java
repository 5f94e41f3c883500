package io.sibyl.mapper.bulk;

import java.util.Objects;

/**
 * One entity that a bulk write did not store, and why.
 *
 * @param entity the entity
 * @param error the error: the driver's typed exception (for instance {@code InvalidQueryException}
 *     for a value the server refused, {@code WriteTimeoutException} after the retries the
 *     idempotence rules allow), or the mapper's when the statement could not be built
 * @param <T> the entity type
 */
public record BulkFailure<T>(T entity, Throwable error) {
  /** Checks that both are given. */
  public BulkFailure {
    Objects.requireNonNull(error, "error");
  }
}
