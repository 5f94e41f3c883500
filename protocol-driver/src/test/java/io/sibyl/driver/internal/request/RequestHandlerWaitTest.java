package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A synchronous caller parks in {@link RequestHandler#waitFor()} and the handler wakes it. */
@Timeout(20)
class RequestHandlerWaitTest {
  private final RequestHarness harness = new RequestHarness();

  @AfterEach
  void release() {
    harness.finish();
  }

  @Test
  void should_wake_the_waiting_thread_when_the_request_completes() throws Exception {
    harness.nodes(1, 0, 64);
    RequestHandler<Frame> handler =
        harness.handler(SimpleStatement.of("SELECT 1"), RequestHarness.ENCODER);
    CompletableFuture<Frame> future = handler.execute();
    CompletableFuture<Boolean> waited = new CompletableFuture<>();
    Thread caller = new Thread(() -> waited.complete(handler.waitFor()), "sync-caller");
    caller.start();
    awaitParked(caller);
    assertThat(waited).isNotDone();

    harness.runPending();
    Frame request = harness.nodes.get(0).takeWritten().get(0);
    harness.nodes.get(0).respond(request, VoidResult.INSTANCE);

    assertThat(waited.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(future).isCompleted();
  }

  @Test
  void should_return_at_once_when_the_request_already_failed() {
    harness.nodes(0, 1, 64);
    RequestHandler<Frame> handler =
        harness.handler(SimpleStatement.of("SELECT 1"), RequestHarness.ENCODER);
    CompletableFuture<Frame> future = handler.execute();
    harness.runPending();

    assertThat(handler.waitFor()).isTrue();
    assertThat(future).isCompletedExceptionally();
  }

  @Test
  void should_return_false_with_the_interrupt_flag_set_when_the_waiting_thread_is_interrupted()
      throws Exception {
    harness.nodes(1, 0, 64);
    RequestHandler<Frame> handler =
        harness.handler(SimpleStatement.of("SELECT 1"), RequestHarness.ENCODER);
    CompletableFuture<Frame> future = handler.execute();
    CompletableFuture<Boolean> waited = new CompletableFuture<>();
    CompletableFuture<Boolean> flag = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              waited.complete(handler.waitFor());
              flag.complete(Thread.currentThread().isInterrupted());
            },
            "sync-caller");
    caller.start();
    awaitParked(caller);

    caller.interrupt();

    assertThat(waited.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(flag.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(future).isNotDone();
  }

  private static void awaitParked(Thread thread) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("thread parked in time").isLessThan(end);
      Thread.sleep(5);
    }
  }
}
