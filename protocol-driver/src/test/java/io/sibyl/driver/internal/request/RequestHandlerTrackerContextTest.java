package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import io.sibyl.driver.policy.ConstantSpeculativeExecutionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tracker's per-request state: returned by onStart, handed back to every later callback. */
@Timeout(20)
class RequestHandlerTrackerContextTest {
  private static final Error UNAVAILABLE =
      new Error(
          Error.UNAVAILABLE, "Cannot achieve consistency", new ErrorDetails.Unavailable(4, 2, 1));
  private static final Error SYNTAX =
      new Error(Error.SYNTAX_ERROR, "line 1: no viable", new ErrorDetails.None());

  private final RequestHarness harness = new RequestHarness().nodes(2, 0, 64);

  @AfterEach
  void release() {
    harness.finish();
  }

  private Frame onlyRequest(int node) {
    harness.runPending();
    List<Frame> written = harness.nodes.get(node).takeWritten();
    assertThat(written).as("requests written on node " + node).hasSize(1);
    return written.get(0);
  }

  @Test
  void should_hand_the_start_context_to_the_retry_and_the_success_of_the_same_request() {
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)"));
    harness.nodes.get(0).respond(onlyRequest(0), UNAVAILABLE);
    harness.nodes.get(1).respond(onlyRequest(1), VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(harness.tracker.starts.get()).isOne();
    assertThat(harness.tracker.contexts)
        .containsExactly("nodeError:request-1", "retry:request-1", "success:request-1");
  }

  @Test
  void should_hand_the_start_context_to_the_error_of_the_request() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("SELEC nothing"));
    harness.nodes.get(0).respond(onlyRequest(0), SYNTAX);

    assertThat(future).isCompletedExceptionally();
    assertThat(harness.tracker.contexts).last().isEqualTo("error:request-1");
    assertThat(harness.tracker.contexts).allMatch(context -> context.endsWith(":request-1"));
  }

  @Test
  void should_hand_the_start_context_to_a_speculative_execution() {
    harness.speculativeExecutionPolicy(new ConstantSpeculativeExecutionPolicy(2, 100));
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("SELECT * FROM t").withIdempotent(true));
    Frame first = onlyRequest(0);
    harness.timer.advance(Duration.ofMillis(100));
    harness.nodes.get(1).respond(onlyRequest(1), VoidResult.INSTANCE);
    harness.runPending();
    harness.nodes.get(0).respond(first, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(harness.tracker.contexts)
        .containsExactly("speculative:request-1", "success:request-1");
  }

  @Test
  void should_give_each_request_its_own_context() {
    CompletableFuture<Frame> one = harness.execute(SimpleStatement.of("SELECT 1 FROM t"));
    harness.nodes.get(0).respond(onlyRequest(0), VoidResult.INSTANCE);
    CompletableFuture<Frame> two = harness.execute(SimpleStatement.of("SELECT 2 FROM t"));
    harness.nodes.get(0).respond(onlyRequest(0), VoidResult.INSTANCE);

    assertThat(one).isCompleted();
    assertThat(two).isCompleted();
    assertThat(harness.tracker.contexts).containsExactly("success:request-1", "success:request-2");
  }
}
