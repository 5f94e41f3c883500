package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.RequestThrottlingException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RequestThrottlerTest {
  /** Small enough that one stack frame per queued request overflows it long before the end. */
  private static final long SMALL_STACK = 256 * 1024;

  private final RequestThrottler throttler = new RequestThrottler(2, 1);
  private final List<String> started = new ArrayList<>();

  @Test
  void should_run_up_to_the_limit_queue_one_more_and_refuse_the_rest() {
    throttler.submit(() -> started.add("a"));
    throttler.submit(() -> started.add("b"));
    throttler.submit(() -> started.add("c"));

    assertThat(started).containsExactly("a", "b");
    assertThat(throttler.queued()).isEqualTo(1);
    assertThatThrownBy(() -> throttler.submit(() -> started.add("d")))
        .isInstanceOf(RequestThrottlingException.class)
        .hasMessageContaining("2 are running and 1 are waiting")
        .hasMessageContaining("raise SessionBuilder.throttle(maxConcurrent, maxQueued)");
  }

  @Test
  void should_start_the_oldest_waiting_request_when_a_slot_frees() {
    throttler.submit(() -> started.add("a"));
    throttler.submit(() -> started.add("b"));
    throttler.submit(() -> started.add("c"));

    throttler.release();

    assertThat(started).containsExactly("a", "b", "c");
    assertThat(throttler.running()).isEqualTo(2);
    assertThat(throttler.queued()).isZero();
  }

  @Test
  @Timeout(30)
  void should_start_queued_requests_one_after_the_other_when_each_releases_its_slot_at_once()
      throws Exception {
    RequestThrottler one = new RequestThrottler(1, 20_010);
    int[] depth = new int[2]; // current, max
    int[] ran = new int[1];
    one.submit(() -> {}); // holds the only slot
    for (int i = 0; i < 20_000; i++) {
      one.submit(
          () -> {
            depth[0]++;
            depth[1] = Math.max(depth[1], depth[0]);
            ran[0]++;
            one.release(); // fails at once, as when every node is down
            depth[0]--;
          });
    }

    runWithSmallStack(one::release);

    assertThat(ran[0]).isEqualTo(20_000);
    assertThat(depth[1]).as("nesting of queued starts").isEqualTo(1);
    assertThat(one.running()).isZero();
    assertThat(one.queued()).isZero();
  }

  @Test
  @Timeout(30)
  void should_keep_draining_when_a_queued_start_throws() throws Exception {
    RequestThrottler one = new RequestThrottler(1, 10);
    List<String> order = new ArrayList<>();
    one.submit(() -> {});
    one.submit(
        () -> {
          order.add("bad");
          one.release();
          throw new IllegalStateException("boom");
        });
    one.submit(() -> order.add("good"));

    one.release();

    assertThat(order).containsExactly("bad", "good");
    assertThat(one.running()).isEqualTo(1);
    assertThat(one.queued()).isZero();
  }

  @Test
  @Timeout(60)
  void should_complete_every_queued_request_when_the_only_node_dies_with_thousands_waiting()
      throws Exception {
    AtomicReference<List<CompletableFuture<Frame>>> futures = new AtomicReference<>();
    AtomicReference<RequestHarness> harnessRef = new AtomicReference<>();
    runWithSmallStack(
        () -> {
          // One node, one request at a time: the first is in flight on a node that does not
          // answer (SIGSTOP), 20,000 more wait in the throttle, then the node dies (SIGKILL).
          RequestHarness harness =
              new RequestHarness()
                  .nodes(1, 0, 1024)
                  .throttle(1, 20_010)
                  .requestTimeout(Duration.ofSeconds(5));
          harnessRef.set(harness);
          List<CompletableFuture<Frame>> all = new ArrayList<>();
          for (int i = 0; i < 20_001; i++) {
            all.add(harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (" + i + ")")));
          }
          harness.runPending();
          assertThat(harness.nodes.get(0).takeWritten()).hasSize(1);
          futures.set(all);
          harness.nodes.get(0).kill();
          harness.runPending();
        });
    RequestHarness harness = harnessRef.get();
    try {
      long incomplete = futures.get().stream().filter(f -> !f.isDone()).count();
      assertThat(incomplete).as("futures never completed").isZero();
      assertThat(futures.get().get(0)).isCompletedExceptionally();
      assertThatThrownBy(() -> futures.get().get(0).join())
          .hasCauseInstanceOf(ConnectionException.class);
      assertThat(harness.throttler().running()).isZero();
      assertThat(harness.throttler().queued()).isZero();
      assertThat(harness.tracker.errors.get()).isEqualTo(20_001);
    } finally {
      harness.finish();
    }
  }

  /** Runs {@code task} on a thread with a small stack; rethrows what it threw. */
  static void runWithSmallStack(Runnable task) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                task.run();
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "small-stack",
            SMALL_STACK);
    thread.start();
    thread.join();
    if (failure.get() instanceof Exception e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
  }
}
