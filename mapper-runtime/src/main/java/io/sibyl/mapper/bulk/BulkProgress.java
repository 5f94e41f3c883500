package io.sibyl.mapper.bulk;

/**
 * Hears how a bulk write advances: called after each request completes, by the thread that
 * completed it (a driver thread), so it must be quick and must not block. An exception it throws is
 * logged and does not stop the write.
 */
@FunctionalInterface
public interface BulkProgress {

  /** Does nothing. */
  BulkProgress NONE = (written, failed) -> {};

  /**
   * Called after a request completes.
   *
   * @param written the entities written so far
   * @param failed the entities that failed so far
   */
  void onProgress(long written, long failed);
}
