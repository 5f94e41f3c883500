package io.sibyl.mapper.bulk;

import java.util.List;

/**
 * What a bulk write did: how many entities it wrote and each one it did not, with its error. Every
 * entity taken from the input is counted in one or the other.
 *
 * @param written the entities the cluster acknowledged
 * @param failures the entities that were not written, in the order they failed
 * @param <T> the entity type
 */
public record BulkResult<T>(long written, List<BulkFailure<T>> failures) {

  /** Copies the failures. */
  public BulkResult {
    failures = List.copyOf(failures);
  }

  /** The number of entities not written. */
  public long failed() {
    return failures.size();
  }

  /** Whether every entity was written. */
  public boolean succeeded() {
    return failures.isEmpty();
  }

  /**
   * Returns this result when every entity was written.
   *
   * @throws BulkWriteException if some were not, with the first failure's error as its cause
   */
  public BulkResult<T> orThrow() {
    if (failures.isEmpty()) {
      return this;
    }
    Throwable first = failures.get(0).error();
    throw new BulkWriteException(
        failures.size()
            + " of "
            + (written + failures.size())
            + " entities were not written; the first failed with: "
            + first.getMessage()
            + " (see BulkResult.failures() for each entity and its error)",
        first,
        this);
  }
}
