package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.RequestThrottlingException;
import io.sibyl.it.support.SessionITBase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 100,000 requests submitted as fast as possible: each completes or is refused, memory bounded. */
class ThrottleIT extends SessionITBase {
  private static final int REQUESTS = 100_000;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void should_refuse_what_exceeds_the_throttle_and_complete_the_rest() throws Exception {
    session.execute("CREATE TABLE throttled (id int PRIMARY KEY, v int)");
    try (Session throttled =
        newSession(
            builder ->
                builder
                    .keyspace(keyspace)
                    .throttle(64, 1_000)
                    .requestTimeout(java.time.Duration.ofSeconds(60)))) {
      PreparedStatement insert = throttled.prepare("INSERT INTO throttled (id, v) VALUES (?, ?)");
      AtomicInteger succeeded = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      AtomicInteger other = new AtomicInteger();
      java.util.Queue<Throwable> unexpected = new java.util.concurrent.ConcurrentLinkedQueue<>();
      CountDownLatch finished = new CountDownLatch(REQUESTS);
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      long peakHeap = heapBefore;

      for (int i = 0; i < REQUESTS; i++) {
        CompletableFuture<AsyncResultSet> write =
            throttled.executeAsync(insert.bind(i % 1000, i)).toCompletableFuture();
        write.whenComplete(
            (rs, error) -> {
              if (error == null) {
                succeeded.incrementAndGet();
              } else if (unwrap(error) instanceof RequestThrottlingException) {
                refused.incrementAndGet();
              } else {
                other.incrementAndGet();
                unexpected.add(unwrap(error));
              }
              finished.countDown();
            });
        if (i % 10_000 == 0) {
          peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
        }
      }

      assertThat(finished.await(2, TimeUnit.MINUTES)).as("every request completed").isTrue();
      assertThat(unexpected).as("errors other than throttling").isEmpty();
      assertThat(other.get()).isZero();
      assertThat(succeeded.get() + refused.get()).isEqualTo(REQUESTS);
      assertThat(refused.get()).as("the application outran the node").isPositive();
      assertThat(succeeded.get()).isGreaterThanOrEqualTo(64 + 1_000);
      assertThat(throttled.metrics().throttled()).isEqualTo(refused.get());
      assertThat(throttled.metrics().inFlight()).isZero();
      assertThat(throttled.metrics().queued()).isZero();
      assertThat(peakHeap - heapBefore)
          .as("heap growth while 100,000 requests were submitted")
          .isLessThan(512L * 1024 * 1024);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
  }
}
