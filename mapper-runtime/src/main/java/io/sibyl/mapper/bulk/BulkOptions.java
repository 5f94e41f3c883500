package io.sibyl.mapper.bulk;

import java.util.Objects;

/**
 * How a bulk write runs: how many requests in flight at most, whether entities of one partition go
 * together in unlogged batches (and how many per batch), how many entities are read ahead and
 * grouped at once, and who hears the progress. Immutable; each {@code with} method returns a copy.
 */
public final class BulkOptions {
  private static final BulkOptions DEFAULTS = new BulkOptions(64, 1, 1024, BulkProgress.NONE);

  private final int concurrency;
  private final int batchSize;
  private final int window;
  private final BulkProgress progress;

  private BulkOptions(int concurrency, int batchSize, int window, BulkProgress progress) {
    this.concurrency = concurrency;
    this.batchSize = batchSize;
    this.window = window;
    this.progress = progress;
  }

  /** 64 requests in flight, one entity per request, 1,024 entities read ahead, no progress. */
  public static BulkOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with at most {@code concurrency} requests in flight.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public BulkOptions withConcurrency(int concurrency) {
    return new BulkOptions(positive(concurrency, "concurrency"), batchSize, window, progress);
  }

  /**
   * A copy that sends entities of the same partition, among those read ahead together, in unlogged
   * batches of at most {@code maxEntities} (1: one insert per request). A batch fails or succeeds
   * as a whole: each of its entities is then reported with the batch's error.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public BulkOptions withPartitionBatches(int maxEntities) {
    return new BulkOptions(concurrency, positive(maxEntities, "maxEntities"), window, progress);
  }

  /**
   * A copy that reads {@code entities} ahead at a time from the input and groups them; with the
   * requests in flight, this bounds the entities held in memory.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public BulkOptions withWindow(int entities) {
    return new BulkOptions(concurrency, batchSize, positive(entities, "window"), progress);
  }

  /** A copy that reports the progress to {@code progress}. */
  public BulkOptions withProgress(BulkProgress progress) {
    return new BulkOptions(
        concurrency, batchSize, window, Objects.requireNonNull(progress, "progress"));
  }

  /** The most requests in flight. */
  public int concurrency() {
    return concurrency;
  }

  /** The most entities per unlogged batch (1: no batches). */
  public int partitionBatchSize() {
    return batchSize;
  }

  /** The entities read ahead and grouped at once. */
  public int window() {
    return window;
  }

  /** Who hears the progress. */
  public BulkProgress progress() {
    return progress;
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
    return value;
  }
}
