package io.sibyl.driver.internal.testing;

import java.time.Duration;

/** Polls an assertion until it passes or a time limit passes (then its last failure is thrown). */
public final class Eventually {
  private Eventually() {}

  /** Runs {@code assertion} every 20 ms until it passes, for at most {@code limit}. */
  public static void within(Duration limit, Runnable assertion) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
