package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.FakeNode;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Request deadlines kept in the session's {@link DeadlineQueue} instead of a timer entry each. */
@Timeout(60)
class DeadlineQueueTest {
  private final RequestHarness harness = new RequestHarness();

  @AfterEach
  void release() {
    harness.finish();
  }

  @Test
  void should_leave_nothing_in_the_queue_after_100k_answered_requests() {
    harness.nodes(1, 0, 1024);
    FakeNode node = harness.nodes.get(0);
    int answered = 0;
    for (int batch = 0; batch < 100; batch++) {
      CompletableFuture<?>[] futures = new CompletableFuture<?>[1_000];
      for (int i = 0; i < futures.length; i++) {
        futures[i] = harness.execute(SimpleStatement.of("SELECT " + i));
      }
      assertThat(harness.deadlines.size()).isEqualTo(futures.length);
      harness.runPending();
      List<Frame> written = node.takeWritten();
      for (Frame request : written) {
        node.respond(request, VoidResult.INSTANCE);
      }
      harness.runPending();
      for (CompletableFuture<?> future : futures) {
        assertThat(future).isCompleted();
        answered++;
      }
    }

    assertThat(answered).isEqualTo(100_000);
    assertThat(harness.deadlines.size()).as("deadlines left behind").isZero();
    harness.timer.advance(Duration.ofSeconds(3));
    assertThat(harness.timer.pending()).as("sweeps left armed once the queue is empty").isZero();
    assertThat(harness.tracker.errors.get()).isZero();
  }

  @Test
  void should_fail_each_request_at_its_own_deadline_when_timeouts_differ() {
    harness.nodes(1, 0, 64).requestTimeout(Duration.ofSeconds(2));
    CompletableFuture<Frame> defaultTimeout = harness.execute(SimpleStatement.of("SELECT 1"));
    CompletableFuture<Frame> shortTimeout =
        harness.execute(SimpleStatement.of("SELECT 2").withTimeout(Duration.ofMillis(100)));
    CompletableFuture<Frame> longTimeout =
        harness.execute(SimpleStatement.of("SELECT 3").withTimeout(Duration.ofSeconds(5)));
    harness.runPending();

    harness.timer.advance(Duration.ofMillis(99));
    assertThat(shortTimeout).isNotDone();
    harness.timer.advance(Duration.ofMillis(1));
    assertThat(shortTimeout).isCompletedExceptionally();
    assertThatThrownBy(shortTimeout::join)
        .hasCauseInstanceOf(DriverTimeoutException.class)
        .hasMessageContaining("No response within 100 ms for \"SELECT 2\"");
    assertThat(defaultTimeout).isNotDone();
    assertThat(longTimeout).isNotDone();

    harness.timer.advance(Duration.ofMillis(1_900));
    assertThat(defaultTimeout).isCompletedExceptionally();
    assertThat(longTimeout).isNotDone();
    assertThat(harness.deadlines.size()).isOne();

    harness.timer.advance(Duration.ofSeconds(3));
    assertThat(longTimeout).isCompletedExceptionally();
    assertThat(harness.deadlines.size()).isZero();
    assertThat(harness.timer.pending()).isZero();
    assertThat(harness.inFlight()).as("stream ids of timed-out requests freed later").isEqualTo(3);
  }

  @Test
  void should_count_the_deadline_from_submission_when_the_request_waits_in_the_throttle() {
    harness.nodes(1, 0, 64).throttle(1, 10).requestTimeout(Duration.ofSeconds(1));
    CompletableFuture<Frame> running = harness.execute(SimpleStatement.of("SELECT 1"));
    harness.runPending();
    harness.timer.advance(Duration.ofMillis(600));
    CompletableFuture<Frame> queued = harness.execute(SimpleStatement.of("SELECT 2"));

    harness.timer.advance(Duration.ofMillis(400)); // the first one's deadline
    assertThat(running).isCompletedExceptionally();
    harness.runPending();
    harness.timer.advance(Duration.ofMillis(599));
    assertThat(queued).isNotDone();
    harness.timer.advance(Duration.ofMillis(1));
    assertThat(queued).isCompletedExceptionally();
    assertThatThrownBy(queued::join).hasCauseInstanceOf(DriverTimeoutException.class);
    assertThat(harness.throttler().running()).isZero();
    assertThat(harness.deadlines.size()).isZero();
  }
}
