package io.sibyl.driver.internal.request;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.RequestThrottlingException;
import io.sibyl.driver.metadata.Node;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The session's own request tracker: lock-free counters and a latency histogram with buckets 20%
 * apart (from 1 µs to over an hour), read by {@code SessionMetrics}.
 */
public final class DefaultSessionMetrics implements RequestTracker {
  private static final double GROWTH = 1.2;
  private static final int BUCKETS = 128;
  private static final double LOG_GROWTH = Math.log(GROWTH);

  private final LongAdder requests = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder speculative = new LongAdder();
  private final LongAdder throttled = new LongAdder();
  private final Map<String, LongAdder> errorsByKind = new ConcurrentHashMap<>();
  private final AtomicLongArray latency = new AtomicLongArray(BUCKETS);

  @Override
  public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
    requests.increment();
    long micros = Math.max(1, latencyNanos / 1000);
    int bucket = (int) Math.min(BUCKETS - 1, Math.log(micros) / LOG_GROWTH);
    latency.incrementAndGet(bucket);
  }

  @Override
  public void onError(Statement<?> statement, Node node, Throwable error, long latencyNanos) {
    requests.increment();
    errors.increment();
    if (error instanceof RequestThrottlingException) {
      throttled.increment();
    }
    errorsByKind
        .computeIfAbsent(error.getClass().getSimpleName(), k -> new LongAdder())
        .increment();
  }

  @Override
  public void onRetry(Statement<?> statement, Throwable error) {
    retries.increment();
  }

  @Override
  public void onSpeculativeExecution(Statement<?> statement) {
    speculative.increment();
  }

  long requests() {
    return requests.sum();
  }

  long errors() {
    return errors.sum();
  }

  Map<String, Long> errorsByKind() {
    Map<String, Long> copy = new TreeMap<>();
    errorsByKind.forEach((kind, count) -> copy.put(kind, count.sum()));
    return copy;
  }

  long retries() {
    return retries.sum();
  }

  long speculativeExecutions() {
    return speculative.sum();
  }

  long throttled() {
    return throttled.sum();
  }

  long latencyMicros(double percentile) {
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      total += latency.get(i);
    }
    if (total == 0) {
      return 0;
    }
    long wanted = (long) Math.ceil(total * Math.min(100, Math.max(0, percentile)) / 100.0);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += latency.get(i);
      if (seen >= Math.max(1, wanted)) {
        return (long) Math.pow(GROWTH, i + 1); // the bucket's upper bound
      }
    }
    return (long) Math.pow(GROWTH, BUCKETS);
  }

  /** A live view for the public API. */
  public io.sibyl.driver.SessionMetrics view(
      RequestThrottler throttler, java.util.function.IntSupplier openConnections) {
    DefaultSessionMetrics metrics = this;
    return new io.sibyl.driver.SessionMetrics() {
      @Override
      public long requests() {
        return metrics.requests();
      }

      @Override
      public long errors() {
        return metrics.errors();
      }

      @Override
      public Map<String, Long> errorsByKind() {
        return metrics.errorsByKind();
      }

      @Override
      public long retries() {
        return metrics.retries();
      }

      @Override
      public long speculativeExecutions() {
        return metrics.speculativeExecutions();
      }

      @Override
      public long throttled() {
        return metrics.throttled();
      }

      @Override
      public int inFlight() {
        return throttler.running();
      }

      @Override
      public int queued() {
        return throttler.queued();
      }

      @Override
      public int openConnections() {
        return openConnections.getAsInt();
      }

      @Override
      public long latencyMicros(double percentile) {
        return metrics.latencyMicros(percentile);
      }
    };
  }
}
