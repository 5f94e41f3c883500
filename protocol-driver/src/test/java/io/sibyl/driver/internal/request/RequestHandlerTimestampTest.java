package io.sibyl.driver.internal.request;

import static io.sibyl.driver.internal.request.harness.RequestHarness.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.TimestampGenerator;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestHandlerTimestampTest {
  private final AtomicInteger drawn = new AtomicInteger();
  private final RequestHarness harness =
      new RequestHarness().nodes(1, 0, 64).timestamps(() -> 1000L + drawn.incrementAndGet());

  @AfterEach
  void release() {
    harness.finish();
  }

  private Frame sent() {
    harness.runPending();
    return harness.nodes.get(0).takeWritten().get(0);
  }

  @Test
  void should_draw_one_timestamp_per_request() {
    harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)"));
    assertThat(timestampOf(sent())).isEqualTo(1001L);
    harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (2)"));
    assertThat(timestampOf(sent())).isEqualTo(1002L);
    assertThat(drawn.get()).isEqualTo(2);
  }

  @Test
  void should_send_the_statement_s_own_timestamp_without_drawing_one() {
    harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)").withTimestamp(42L));

    assertThat(timestampOf(sent())).isEqualTo(42L);
    assertThat(drawn.get()).isZero();
  }

  @Test
  void should_send_no_timestamp_when_the_server_stamps_writes() {
    harness.timestamps(TimestampGenerator.server());
    harness.execute(SimpleStatement.of("INSERT INTO t (k) VALUES (1)"));

    assertThat(timestampOf(sent())).isEqualTo(QueryOptions.NO_TIMESTAMP);
  }
}
