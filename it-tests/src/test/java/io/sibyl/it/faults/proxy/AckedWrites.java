package io.sibyl.it.faults.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a read must find after writes whose outcome the client saw: per key, the last acknowledged
 * value, or the value of a write that failed on the client after it (its outcome is unknown: it may
 * have been applied), never an older one. Each key has one writer, writing one value at a time in
 * increasing order.
 */
final class AckedWrites {
  private final int[] lastAcked;
  private final List<List<Integer>> failedSince = new ArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();

  AckedWrites(int keys) {
    lastAcked = new int[keys];
    Arrays.fill(lastAcked, -1);
    for (int k = 0; k < keys; k++) {
      failedSince.add(new CopyOnWriteArrayList<>());
    }
  }

  /** Records a write's outcome; only the key's one writer calls this. */
  void record(int key, int value, boolean acknowledged) {
    if (acknowledged) {
      lastAcked[key] = value;
      failedSince.get(key).clear();
    } else {
      failures.incrementAndGet();
      failedSince.get(key).add(value);
    }
  }

  int failures() {
    return failures.get();
  }

  /**
   * Reads every key of {@code table} ({@code k int PRIMARY KEY, v int}) with {@code reader} (at
   * QUORUM: its consistency) and checks its value.
   */
  void check(Session reader, String table, int phase) {
    for (int k = 0; k < lastAcked.length; k++) {
      Row row = reader.execute("SELECT v FROM " + table + " WHERE k = ?", k).one();
      if (lastAcked[k] < 0) {
        continue; // nothing acknowledged yet: anything or nothing may be there
      }
      assertThat(row).as("phase %d, key %d", phase, k).isNotNull();
      List<Integer> allowed = new ArrayList<>(failedSince.get(k));
      allowed.add(lastAcked[k]);
      assertThat(row.getInt("v"))
          .as(
              "phase %d, key %d: the last acknowledged value or a later unacknowledged one",
              phase, k)
          .isIn(allowed);
    }
  }
}
