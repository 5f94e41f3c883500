package io.sibyl.driver.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectionPolicyTest {

  @Test
  void should_double_the_delay_up_to_the_maximum_with_jitter_in_the_upper_half() {
    ReconnectionPolicy.Schedule schedule =
        new ExponentialReconnectionPolicy(Duration.ofMillis(100), Duration.ofMillis(1000))
            .newSchedule();
    long[] ceilings = {100, 200, 400, 800, 1000, 1000, 1000};
    for (long ceiling : ceilings) {
      assertThat(schedule.nextDelay().toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void should_give_independent_schedules_to_each_outage() {
    ExponentialReconnectionPolicy policy =
        new ExponentialReconnectionPolicy(Duration.ofMillis(100), Duration.ofSeconds(10));
    ReconnectionPolicy.Schedule first = policy.newSchedule();
    for (int i = 0; i < 5; i++) {
      first.nextDelay();
    }
    assertThat(policy.newSchedule().nextDelay().toMillis()).isBetween(50L, 100L);
  }

  @Test
  void should_wait_the_same_delay_with_a_constant_policy() {
    ReconnectionPolicy.Schedule schedule =
        new ConstantReconnectionPolicy(Duration.ofMillis(250)).newSchedule();
    assertThat(schedule.nextDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(schedule.nextDelay()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void should_stop_speculating_after_the_maximum_executions() {
    ConstantSpeculativeExecutionPolicy policy = new ConstantSpeculativeExecutionPolicy(3, 50);
    assertThat(policy.nextExecutionDelayMillis(null, 1)).isEqualTo(50);
    assertThat(policy.nextExecutionDelayMillis(null, 2)).isEqualTo(50);
    assertThat(policy.nextExecutionDelayMillis(null, 3)).isNegative();
  }
}
