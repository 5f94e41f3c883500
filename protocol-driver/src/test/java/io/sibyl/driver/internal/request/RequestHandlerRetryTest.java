package io.sibyl.driver.internal.request;

import static io.sibyl.driver.internal.request.harness.RequestHarness.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.FakeNode;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import io.sibyl.driver.policy.DefaultRetryPolicy;
import io.sibyl.driver.policy.RetryDecision;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the request handler does after a failed attempt, as the retry policy decides. */
@Timeout(20)
class RequestHandlerRetryTest {
  private static final Error UNAVAILABLE =
      new Error(
          Error.UNAVAILABLE, "Cannot achieve consistency", new ErrorDetails.Unavailable(4, 2, 1));
  private static final Error WRITE_TIMEOUT =
      new Error(
          Error.WRITE_TIMEOUT, "Timed out", new ErrorDetails.WriteTimeout(4, 1, 2, "SIMPLE", 0));

  private final RequestHarness harness = new RequestHarness().nodes(2, 0, 64);

  @AfterEach
  void release() {
    harness.finish();
  }

  private FakeNode node(int index) {
    return harness.nodes.get(index);
  }

  private Frame onlyRequest(int node) {
    harness.runPending();
    List<Frame> written = node(node).takeWritten();
    assertThat(written).as("requests written on node " + node).hasSize(1);
    return written.get(0);
  }

  @Test
  void should_retry_unavailable_on_the_next_node_with_the_same_timestamp() {
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)"));
    Frame first = onlyRequest(0);

    node(0).respond(first, UNAVAILABLE);
    Frame retry = onlyRequest(1);
    node(1).respond(retry, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(timestampOf(first)).isNotEqualTo(Statement.NO_TIMESTAMP);
    assertThat(timestampOf(retry)).isEqualTo(timestampOf(first));
    assertThat(harness.tracker.retries.get()).isEqualTo(1);
    assertThat(harness.inFlight()).isZero();
  }

  @Test
  void should_keep_the_timestamp_when_a_retry_lowers_the_consistency() {
    harness.retryPolicy(
        new DefaultRetryPolicy() {
          @Override
          public RetryDecision onUnavailable(
              Statement<?> statement, Consistency consistency, int required, int alive, int n) {
            return n == 0 ? RetryDecision.retrySameAt(Consistency.ONE) : RetryDecision.RETHROW;
          }
        });
    CompletableFuture<Frame> future =
        harness.execute(
            SimpleStatement.of("INSERT INTO t (k) VALUES (1)").withConsistency(Consistency.QUORUM));
    Frame first = onlyRequest(0);

    node(0).respond(first, UNAVAILABLE);
    Frame retry = onlyRequest(0);
    node(0).respond(retry, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(((Query) retry.message()).options().consistency()).isEqualTo(Consistency.ONE.code());
    assertThat(timestampOf(retry)).isEqualTo(timestampOf(first));
  }

  @Test
  void should_fail_the_request_and_keep_the_connection_when_the_retry_policy_throws() {
    harness.retryPolicy(
        new DefaultRetryPolicy() {
          @Override
          public RetryDecision onUnavailable(
              Statement<?> statement, Consistency consistency, int required, int alive, int n) {
            throw new IllegalStateException("broken retry policy");
          }
        });
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("SELECT * FROM t"));
    CompletableFuture<Frame> other = harness.execute(SimpleStatement.of("SELECT * FROM u"));
    harness.runPending();
    List<Frame> written = node(0).takeWritten();

    node(0).respond(written.get(0), UNAVAILABLE);

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasRootCauseMessage("broken retry policy");
    assertThat(node(0).isOpen()).isTrue();
    node(0).respond(written.get(1), VoidResult.INSTANCE);
    assertThat(other).isCompleted();
  }

  @Test
  void should_not_retry_a_write_timeout_of_a_non_idempotent_write() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("UPDATE c SET n = n + 1"));
    node(0).respond(onlyRequest(0), WRITE_TIMEOUT);
    harness.runPending();

    assertThatThrownBy(future::join).hasCauseInstanceOf(WriteTimeoutException.class);
    assertThat(node(1).takeWritten()).isEmpty();
    assertThat(harness.inFlight()).isZero();
  }

  @Test
  void should_retry_an_idempotent_request_on_the_next_node_when_its_connection_closes() {
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("SELECT * FROM t").withIdempotent(true));
    Frame first = onlyRequest(0);

    node(0).kill();
    Frame retry = onlyRequest(1);
    node(1).respond(retry, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(timestampOf(retry)).isEqualTo(timestampOf(first));
  }

  @Test
  void should_fail_a_non_idempotent_request_when_its_connection_closes() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("UPDATE c SET n = n + 1"));
    onlyRequest(0);

    node(0).kill();
    harness.runPending();

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasCauseInstanceOf(ConnectionException.class);
    assertThat(node(1).takeWritten()).isEmpty();
  }

  @Test
  void should_retry_on_the_next_node_when_the_write_fails_on_a_closed_connection() {
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("SELECT * FROM t").withIdempotent(true));
    node(0).kill(); // closes before the queued write is drained

    Frame retry = onlyRequest(1);
    node(1).respond(retry, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(harness.tracker.retries.get()).isEqualTo(1);
  }

  @Test
  void should_retry_on_the_next_node_after_the_attempt_timeout_and_ignore_the_late_answer() {
    harness.attemptTimeout(Duration.ofMillis(100));
    CompletableFuture<Frame> future =
        harness.execute(SimpleStatement.of("SELECT * FROM t").withIdempotent(true));
    Frame first = onlyRequest(0);

    harness.timer.advance(Duration.ofMillis(150));
    Frame retry = onlyRequest(1);
    assertThat(timestampOf(retry)).isEqualTo(timestampOf(first));
    assertThat(node(0).inFlight()).as("id held until the late answer").isEqualTo(1);

    node(0).respond(first, UNAVAILABLE); // late: must not count
    assertThat(future).isNotDone();
    assertThat(node(0).inFlight()).isZero();
    node(1).respond(retry, VoidResult.INSTANCE);

    assertThat(future).isCompleted();
    assertThat(harness.inFlight()).isZero();
    assertThat(harness.timer.failures).isEmpty();
  }

  @Test
  void should_fail_with_a_timeout_when_no_node_answers_in_time() {
    CompletableFuture<Frame> future = harness.execute(SimpleStatement.of("SELECT * FROM t"));
    onlyRequest(0);

    harness.timer.advance(Duration.ofSeconds(3));
    harness.runPending();

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasMessageContaining("No response within 2000 ms");
    assertThat(node(0).inFlight()).as("abandoned, held until an answer or close").isEqualTo(1);
    assertThat(harness.throttler().running()).isZero();
  }
}
