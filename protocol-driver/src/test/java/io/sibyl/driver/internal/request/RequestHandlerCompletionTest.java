package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every request's future completes, whatever breaks around it. */
@Timeout(20)
class RequestHandlerCompletionTest {
  private final RequestHarness harness = new RequestHarness();

  @AfterEach
  void release() {
    harness.finish();
  }

  @Test
  void should_complete_the_future_when_the_tracker_throws() {
    harness.nodes(0, 2, 64);
    harness.tracker.failure = new IllegalStateException("broken tracker");

    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("SELECT 1"));

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasCauseInstanceOf(AllNodesFailedException.class);
    assertThat(harness.throttler().running()).isZero();
  }

  @Test
  void should_fail_a_queued_request_at_once_and_free_its_slot_when_its_query_plan_throws() {
    harness.nodes(1, 0, 64).throttle(1, 10);
    CompletableFuture<Frame> first = harness.execute(SimpleStatement.of("SELECT 1"));
    CompletableFuture<Frame> queued = harness.execute(SimpleStatement.of("SELECT 2"));
    CompletableFuture<Frame> last = harness.execute(SimpleStatement.of("SELECT 3"));
    harness.runPending();
    harness.planFailure = new IllegalStateException("broken load-balancing policy");

    Frame request = harness.nodes.get(0).takeWritten().get(0);
    harness.nodes.get(0).respond(request, VoidResult.INSTANCE);

    assertThat(first).isCompleted();
    assertThat(queued).isCompletedExceptionally();
    assertThat(last).isCompletedExceptionally();
    assertThatThrownBy(queued::join).hasRootCauseMessage("broken load-balancing policy");
    assertThatThrownBy(last::join).hasRootCauseMessage("broken load-balancing policy");
    assertThat(harness.throttler().running()).isZero();
    assertThat(harness.deadlines.size()).as("deadlines left in the queue").isZero();
  }

  @Test
  void should_complete_every_future_when_the_session_closes_with_requests_in_flight_and_queued() {
    harness.nodes(2, 0, 64).throttle(4, 100);
    List<CompletableFuture<Frame>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      futures.add(harness.execute(SimpleStatement.of("SELECT " + i)));
    }
    harness.runPending();

    harness.close();

    assertThat(futures).allMatch(CompletableFuture::isDone);
    assertThat(futures).allMatch(CompletableFuture::isCompletedExceptionally);
    assertThat(harness.inFlight()).isZero();
    assertThat(harness.throttler().running()).isZero();
    assertThat(harness.throttler().queued()).isZero();
    assertThat(harness.execute(SimpleStatement.of("SELECT 1"))).isCompletedExceptionally();
    assertThatThrownBy(() -> harness.execute(SimpleStatement.of("SELECT 1")).join())
        .hasCauseInstanceOf(SessionClosedException.class);
  }

  @Test
  void should_fail_with_no_node_available_when_the_plan_is_empty() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("SELECT 1"));

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasCauseInstanceOf(NoNodeAvailableException.class);
  }
}
