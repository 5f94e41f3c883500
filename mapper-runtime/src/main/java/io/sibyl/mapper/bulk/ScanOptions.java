package io.sibyl.mapper.bulk;

/**
 * How a table scan runs: how many ranges are read at once, about how many ranges the ring is cut
 * into, and the checkpoint to resume from. Immutable; each {@code with} method returns a copy.
 */
public final class ScanOptions {
  private static final ScanOptions DEFAULTS = new ScanOptions(8, 64, null);

  private final int concurrency;
  private final int splits;
  private final ScanCheckpoint resumeFrom;

  private ScanOptions(int concurrency, int splits, ScanCheckpoint resumeFrom) {
    this.concurrency = concurrency;
    this.splits = splits;
    this.resumeFrom = resumeFrom;
  }

  /** 8 ranges read at once, the ring cut into about 64 ranges, from the start. */
  public static ScanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that reads at most {@code concurrency} ranges at once.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public ScanOptions withConcurrency(int concurrency) {
    return new ScanOptions(positive(concurrency, "concurrency"), splits, resumeFrom);
  }

  /**
   * A copy that cuts the ring into about {@code splits} ranges (at least one per range a node
   * owns), the unit of parallelism and of resumption.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public ScanOptions withSplits(int splits) {
    return new ScanOptions(concurrency, positive(splits, "splits"), resumeFrom);
  }

  /** A copy that reads only the ranges {@code checkpoint} has not finished (null: all). */
  public ScanOptions resumeFrom(ScanCheckpoint checkpoint) {
    return new ScanOptions(concurrency, splits, checkpoint);
  }

  /** The most ranges read at once. */
  public int concurrency() {
    return concurrency;
  }

  /** About how many ranges the ring is cut into. */
  public int splits() {
    return splits;
  }

  /** The checkpoint to resume from, or null. */
  public ScanCheckpoint checkpoint() {
    return resumeFrom;
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
    return value;
  }
}
