package io.sibyl.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
