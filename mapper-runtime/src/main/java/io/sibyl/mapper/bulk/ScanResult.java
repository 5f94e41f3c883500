package io.sibyl.mapper.bulk;

import java.util.List;

/**
 * What a scan did: the rows it delivered, the ranges that failed and the checkpoint to resume from.
 * After the first failure no new range starts (those running finish), so a failed scan is resumed
 * with {@link #checkpoint()}.
 *
 * @param rows the entities delivered to the consumer (those of a failed range included)
 * @param failures the ranges that failed, with their errors
 * @param checkpoint the ranges finished so far, including those of earlier runs
 */
public record ScanResult(long rows, List<ScanFailure> failures, ScanCheckpoint checkpoint) {

  /** Copies the failures. */
  public ScanResult {
    failures = List.copyOf(failures);
  }

  /** Whether every range was read. */
  public boolean isComplete() {
    return failures.isEmpty() && checkpoint.isComplete();
  }
}
