package io.sibyl.driver.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.util.HashedWheelTimer;
import io.sibyl.driver.TestRows;
import io.sibyl.driver.error.DriverTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StartBoundTest {
  private final HashedWheelTimer timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);

  @AfterEach
  void stopTimer() {
    timer.stop();
  }

  @Test
  void should_fail_a_start_that_never_completes_naming_the_contact_points() {
    SessionConfig config =
        TestRows.config(
            builder ->
                builder.contactPoints("127.0.0.1:19042").connectTimeout(Duration.ofMillis(50)));
    CompletableFuture<Object> neverReady = new CompletableFuture<>();

    CompletableFuture<Object> bounded = StartBound.apply(neverReady, config, timer);

    assertThat(StartBound.of(config)).isEqualTo(Duration.ofMillis(400));
    assertThatThrownBy(() -> bounded.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(DriverTimeoutException.class)
        .hasMessageContaining("127.0.0.1:19042")
        .hasMessageContaining("did not start within 400 ms");
  }

  @Test
  void should_leave_a_start_that_completes_in_time_alone() throws Exception {
    SessionConfig config = TestRows.config(builder -> {});
    CompletableFuture<Object> start = new CompletableFuture<>();
    CompletableFuture<Object> bounded = StartBound.apply(start, config, timer);

    start.complete("ready");

    assertThat(bounded.get(1, TimeUnit.SECONDS)).isEqualTo("ready");
  }
}
