package io.sibyl.driver.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServerWarningLogTest {
  private static final InetSocketAddress NODE = new InetSocketAddress("127.0.0.1", 9042);
  private final List<String> lines = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final ServerWarningLog log = new ServerWarningLog(lines::add, nanos::get);

  @Test
  void should_log_a_warning_once_per_statement_naming_node_statement_and_switch() {
    log.log(
        "SELECT count(*) FROM t", NODE, List.of("Aggregation query used without partition key"));
    log.log(
        "SELECT count(*) FROM t", NODE, List.of("Aggregation query used without partition key"));
    log.log(
        "SELECT count(*) FROM u", NODE, List.of("Aggregation query used without partition key"));

    assertThat(lines)
        .containsExactly(
            "Server warning from "
                + NODE
                + " for \"SELECT count(*) FROM t\": Aggregation query used without partition key"
                + " (logged once per statement and warning; SessionBuilder.logServerWarnings(false)"
                + " turns this off)",
            "Server warning from "
                + NODE
                + " for \"SELECT count(*) FROM u\": Aggregation query used without partition key"
                + " (logged once per statement and warning; SessionBuilder.logServerWarnings(false)"
                + " turns this off)");
  }

  @Test
  void should_log_at_most_ten_lines_a_second_and_count_the_rest() {
    for (int i = 0; i < 25; i++) {
      log.log("SELECT " + i, NODE, List.of("w"));
    }
    assertThat(lines).hasSize(ServerWarningLog.MAX_PER_SECOND);

    nanos.addAndGet(1_000_000_000L);
    log.log("SELECT next", NODE, List.of("w"));

    assertThat(lines).hasSize(ServerWarningLog.MAX_PER_SECOND + 1);
    assertThat(lines.get(lines.size() - 1))
        .contains("; 15 other warning(s) not logged, over the rate");
  }
}
