package io.sibyl.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStatTest {

  @Test
  void should_read_the_stime_field_when_the_command_name_holds_spaces_and_parentheses() {
    String stat =
        "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 91 0 0 0 1234 567 0 0 20 0 40 0 99 1 2";

    assertThat(ProcessStat.parseSystemTicks(stat)).isEqualTo(567);
  }

  @Test
  void should_read_this_process_system_time_when_on_linux() {
    long first = ProcessStat.systemCpuNanos();
    if (System.getProperty("os.name").startsWith("Linux")) {
      assertThat(first).isGreaterThanOrEqualTo(0);
      assertThat(ProcessStat.systemCpuNanos()).isGreaterThanOrEqualTo(first);
    } else {
      assertThat(first).isEqualTo(-1);
    }
  }
}
