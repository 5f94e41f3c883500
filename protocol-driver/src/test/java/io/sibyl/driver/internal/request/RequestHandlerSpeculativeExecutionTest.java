package io.sibyl.driver.internal.request;

import static io.sibyl.driver.internal.request.harness.RequestHarness.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import io.sibyl.driver.policy.ConstantSpeculativeExecutionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RequestHandlerSpeculativeExecutionTest {
  private final RequestHarness harness =
      new RequestHarness()
          .nodes(2, 0, 64)
          .speculativeExecutionPolicy(new ConstantSpeculativeExecutionPolicy(2, 100));

  @AfterEach
  void release() {
    harness.finish();
  }

  @Test
  void should_start_a_second_execution_with_the_same_timestamp_and_take_the_first_answer() {
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)").withIdempotent(true));
    harness.runPending();
    Frame first = harness.nodes.get(0).takeWritten().get(0);

    harness.timer.advance(Duration.ofMillis(100));
    harness.runPending();
    List<Frame> speculative = harness.nodes.get(1).takeWritten();
    assertThat(speculative).hasSize(1);
    assertThat(timestampOf(speculative.get(0))).isEqualTo(timestampOf(first));
    assertThat(harness.tracker.speculativeExecutions.get()).isEqualTo(1);

    harness.nodes.get(1).respond(speculative.get(0), VoidResult.INSTANCE);
    harness.runPending();
    assertThat(future).isCompleted();
    assertThat(future.join().streamId()).isEqualTo(speculative.get(0).streamId());
    assertThat(harness.nodes.get(0).inFlight()).as("loser's id held until its answer").isOne();

    harness.nodes.get(0).respond(first, VoidResult.INSTANCE);
    assertThat(harness.inFlight()).isZero();
    assertThat(harness.tracker.successes.get()).isOne();
    assertThat(harness.deadlines.size()).isZero();
    // Only the deadline sweep may still be armed (it fires once and finds nothing): the
    // speculative timer was cancelled, so moving time on starts no other execution.
    assertThat(harness.timer.pending()).isLessThanOrEqualTo(1);
    harness.timer.advance(Duration.ofSeconds(5));
    assertThat(harness.timer.pending()).isZero();
    assertThat(harness.tracker.speculativeExecutions.get()).isEqualTo(1);
  }

  @Test
  void should_never_execute_a_non_idempotent_statement_speculatively() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("UPDATE c SET n = n + 1"));
    harness.runPending();
    Frame first = harness.nodes.get(0).takeWritten().get(0);

    harness.timer.advance(Duration.ofMillis(500));
    harness.runPending();

    assertThat(harness.nodes.get(1).takeWritten()).isEmpty();
    harness.nodes.get(0).respond(first, VoidResult.INSTANCE);
    assertThat(future).isCompleted();
  }
}
