package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Statement;
import io.sibyl.driver.TimestampGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MonotonicTimestampGeneratorTest {
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final MonotonicTimestampGenerator generator =
      new MonotonicTimestampGenerator(clock::get, 1_000_000L, 1_000_000L);

  @Test
  void should_follow_the_clock_when_it_moves_forward() {
    assertThat(generator.next()).isEqualTo(1_000_000_000L);
    clock.addAndGet(500);
    assertThat(generator.next()).isEqualTo(1_000_000_500L);
  }

  @Test
  void should_increase_by_one_within_the_same_microsecond() {
    assertThat(generator.next()).isEqualTo(1_000_000_000L);
    assertThat(generator.next()).isEqualTo(1_000_000_001L);
    assertThat(generator.next()).isEqualTo(1_000_000_002L);
  }

  @Test
  void should_keep_increasing_when_the_clock_steps_back_and_warn_at_most_once_per_interval() {
    generator.next();
    clock.addAndGet(-5_000_000L); // NTP steps the clock back 5 s
    long previous = generator.next();
    assertThat(previous).isEqualTo(1_000_000_001L);
    assertThat(generator.warnings()).isEqualTo(1);
    for (int i = 0; i < 1000; i++) {
      clock.addAndGet(10); // 10 µs per request: 10 ms of clock time in all
      long next = generator.next();
      assertThat(next).isGreaterThan(previous);
      previous = next;
    }
    assertThat(generator.warnings()).as("rate-limited").isEqualTo(1);
    clock.addAndGet(1_000_000L); // a second later, still more than a second behind
    generator.next();
    assertThat(generator.warnings()).isEqualTo(2);
    clock.addAndGet(10_000_000L); // the clock caught up: follows it again
    assertThat(generator.next()).isEqualTo(clock.get());
  }

  @Test
  @Timeout(30)
  void should_give_unique_timestamps_increasing_per_thread_across_many_threads() throws Exception {
    MonotonicTimestampGenerator real = new MonotonicTimestampGenerator();
    int threads = 8;
    int perThread = 50_000;
    long[][] drawn = new long[threads][perThread];
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long[] mine = drawn[t];
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                for (int i = 0; i < perThread; i++) {
                  mine[i] = real.next();
                }
              });
      worker.start();
      workers.add(worker);
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }

    Set<Long> all = new HashSet<>();
    for (long[] mine : drawn) {
      for (int i = 0; i < perThread; i++) {
        assertThat(all.add(mine[i])).as("unique").isTrue();
        if (i > 0) {
          assertThat(mine[i]).as("increasing per thread").isGreaterThan(mine[i - 1]);
        }
      }
    }
    assertThat(all).hasSize(threads * perThread);
  }

  @Test
  void should_send_no_timestamp_when_the_server_stamps_writes() {
    assertThat(TimestampGenerator.server().next()).isEqualTo(Statement.NO_TIMESTAMP);
    assertThat(TimestampGenerator.monotonic().next())
        .isCloseTo(
            System.currentTimeMillis() * 1000, org.assertj.core.data.Offset.offset(5_000_000L));
  }

  @Test
  void should_read_the_clock_below_the_millisecond() {
    // Millisecond-resolution timestamps lose against LWTs stamped by the server just before.
    boolean subMillisecond = false;
    for (int i = 0; i < 10_000 && !subMillisecond; i++) {
      subMillisecond = MonotonicTimestampGenerator.systemMicros() % 1000 != 0;
    }
    assertThat(subMillisecond).isTrue();
  }
}
