package io.sibyl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.bench.load.Workload;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

  @Test
  void should_run_only_the_mapper_phase_when_asked() {
    RunOptions options = RunOptions.parse(new String[] {"--quick", "--only=mapper"});

    assertThat(options.runs("mapper")).isTrue();
    assertThat(options.runs("cassandra")).isFalse();
    assertThat(options.mapperSettings().workloads())
        .containsExactly(Workload.INSERT, Workload.SELECT);
  }

  @Test
  void should_run_the_mapper_phase_when_no_phase_is_chosen() {
    assertThat(RunOptions.parse(new String[0]).runs("mapper")).isTrue();
  }

  @Test
  void should_run_the_asked_launch_rounds_when_given() {
    assertThat(RunOptions.parse(new String[] {"--launch-rounds=7"}).launchRuns()).isEqualTo(7);
    assertThat(RunOptions.parse(new String[] {"--quick"}).launchRuns()).isEqualTo(1);
    assertThat(RunOptions.parse(new String[0]).launchRuns()).isEqualTo(3);
  }

  @Test
  void should_refuse_launch_rounds_when_not_a_positive_number() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--launch-rounds=0"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'--launch-rounds=0' needs a positive number");
  }
}
