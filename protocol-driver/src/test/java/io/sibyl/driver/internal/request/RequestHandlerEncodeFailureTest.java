package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.RequestEncodingException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A request that cannot be encoded fails alone, is not retried, and kills no connection. */
@Timeout(20)
class RequestHandlerEncodeFailureTest {
  private final RequestHarness harness = new RequestHarness().nodes(2, 0, 64);

  @AfterEach
  void release() {
    harness.finish();
  }

  @Test
  void should_fail_an_idempotent_request_with_too_many_values_without_retry_or_closing() {
    CompletableFuture<Frame> good = harness.execute(SimpleStatement.of("SELECT 1"));
    CompletableFuture<Frame> bad =
        harness.execute(
            SimpleStatement.of("INSERT INTO t (k) VALUES (?)").withIdempotent(true),
            (statement, timestamp) -> {
              ByteBuffer[] values = new ByteBuffer[70_000];
              java.util.Arrays.fill(values, ByteBuffer.allocate(0));
              return new Query("INSERT INTO t (k) VALUES (?)", QueryOptions.of(1, values));
            });
    harness.runPending();

    assertThat(bad).isCompletedExceptionally();
    assertThatThrownBy(bad::join)
        .hasCauseInstanceOf(RequestEncodingException.class)
        .hasMessageContaining("INSERT INTO t (k) VALUES (?)")
        .hasMessageContaining("65535");
    assertThat(harness.tracker.retries.get()).isZero();
    assertThat(harness.nodes.get(1).takeWritten()).as("not retried on the next node").isEmpty();
    assertThat(harness.nodes).allMatch(node -> node.isOpen());
    assertThat(harness.inFlight()).isEqualTo(1);

    Frame goodRequest = harness.nodes.get(0).takeWritten().get(0);
    harness.nodes.get(0).respond(goodRequest, VoidResult.INSTANCE);
    assertThat(good).isCompleted();
    assertThat(harness.inFlight()).isZero();
  }
}
