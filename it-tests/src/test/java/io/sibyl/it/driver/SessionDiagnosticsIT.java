package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.UnknownDatacenterException;
import io.sibyl.it.support.SessionITBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What the session tells its user against the real node: a mistyped local data center is refused at
 * start with the data centers found; the server's warnings are logged once per statement.
 */
@Isolated("captures System.err, where the tests' slf4j-simple logger writes")
class SessionDiagnosticsIT extends SessionITBase {
  private static final String COUNT = "SELECT count(*) FROM diagnostics_rows";

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE IF NOT EXISTS diagnostics_rows (k int PRIMARY KEY, v int)");
    session.execute("INSERT INTO diagnostics_rows (k, v) VALUES (1, 1)");
  }

  @Test
  void should_refuse_to_start_with_a_local_datacenter_no_node_is_in() {
    String real = cluster.localDatacenter();

    Throwable error =
        catchThrowable(() -> newSession(builder -> builder.localDatacenter(real + "x")).close());

    assertThat(error)
        .isInstanceOf(UnknownDatacenterException.class)
        .hasMessage(
            "The local data center \""
                + real
                + "x\" (SessionBuilder.localDatacenter, or sibyl.local-datacenter) matches none of"
                + " the 1 node(s) found, whose data centers are ["
                + real
                + "]: set it to one of those");
    assertThat(((UnknownDatacenterException) error).discovered()).isEqualTo(Set.of(real));
  }

  @Test
  void should_log_a_server_warning_once_per_statement() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    ResultSet first;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Session own = newSession(builder -> builder.keyspace(keyspace))) {
      first = own.execute(COUNT);
      own.execute(COUNT);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(first.executionInfo().warnings())
        .anySatisfy(warning -> assertThat(warning).contains("Aggregation query used"));
    String line = "for \"" + COUNT + "\": Aggregation query used without partition key";
    assertThat(log).contains("Server warning from " + first.executionInfo().coordinator());
    assertThat(log.split(java.util.regex.Pattern.quote(line), -1)).hasSize(2);
  }

  @Test
  void should_not_log_server_warnings_when_turned_off() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Session quiet =
        newSession(builder -> builder.keyspace(keyspace).logServerWarnings(false))) {
      quiet.execute(COUNT + " WHERE v = 1 ALLOW FILTERING");
    } finally {
      System.setErr(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Server warning from");
  }
}
