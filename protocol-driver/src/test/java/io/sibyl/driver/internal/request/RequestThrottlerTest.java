package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.RequestThrottlingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestThrottlerTest {
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
        .hasMessageContaining("2 are running and 1 are waiting");
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
}
