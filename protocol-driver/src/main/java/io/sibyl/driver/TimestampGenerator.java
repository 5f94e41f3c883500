package io.sibyl.driver;

import io.sibyl.driver.internal.request.MonotonicTimestampGenerator;

/**
 * Gives the client-side write timestamp of each request whose statement has none of its own.
 *
 * <p>The timestamp is drawn once per request, before its first attempt, and every retry and
 * speculative execution of that request carries the same one: a write that is sent twice is the
 * same write, and cannot overwrite a newer one the second time. A statement's own {@link
 * Statement#withTimestamp timestamp} always wins, and a batch gets one timestamp for all its
 * statements.
 *
 * <p>Set it with {@link SessionBuilder#timestampGenerator(TimestampGenerator)}; the default is
 * {@link #monotonic()}. Implementations are called from many threads at once and must be cheap.
 */
@FunctionalInterface
public interface TimestampGenerator {
  /**
   * The timestamp of the next request, in microseconds since the epoch, or {@link
   * Statement#NO_TIMESTAMP} to let the coordinator stamp the write when it receives it.
   */
  long next();

  /**
   * The default: microseconds since the epoch, strictly increasing across all threads of the
   * session, even for requests within the same microsecond and when the system clock steps back (it
   * then runs ahead of the clock, by one microsecond per request, and logs a warning at most once a
   * second while it is more than a second ahead).
   */
  static TimestampGenerator monotonic() {
    return new MonotonicTimestampGenerator();
  }

  /**
   * Sends no timestamp: each coordinator stamps the writes it receives, so a retried or speculative
   * attempt of a write may get a later timestamp than its first one.
   */
  static TimestampGenerator server() {
    return MonotonicTimestampGenerator.SERVER;
  }
}
