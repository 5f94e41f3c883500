package io.sibyl.bench.load;

/**
 * How a scenario issues requests: {@code level} threads each waiting for its response (sync), or
 * one thread keeping {@code level} requests in flight (async).
 *
 * @param async whether requests are asynchronous
 * @param level threads (sync) or requests in flight (async)
 */
public record Concurrency(boolean async, int level) {
  /** Synchronous requests from {@code threads} threads. */
  public static Concurrency sync(int threads) {
    return new Concurrency(false, threads);
  }

  /** Asynchronous requests, {@code inFlight} at a time. */
  public static Concurrency async(int inFlight) {
    return new Concurrency(true, inFlight);
  }

  /** The name in the results table, e.g. {@code sync x8} or {@code async x256}. */
  public String label() {
    return (async ? "async x" : "sync x") + level;
  }
}
