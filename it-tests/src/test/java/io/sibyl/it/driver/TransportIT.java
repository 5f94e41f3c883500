package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.Transport;
import io.sibyl.it.support.SessionITBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Sessions on each socket transport against the real node: the same queries give the same rows on
 * NIO and on epoll, and the default picks epoll here (Linux x86_64 with the driver's dependencies)
 * and says so when it starts.
 */
@Isolated("captures System.err, where the tests' slf4j-simple logger writes")
class TransportIT extends SessionITBase {
  private static final int ROWS = 300;

  @BeforeAll
  static void createTable() {
    session.execute(
        "CREATE TABLE IF NOT EXISTS transport_rows (transport text, k int, v text,"
            + " PRIMARY KEY (transport, k))");
  }

  @Test
  void should_run_sync_and_async_queries_on_nio() throws Exception {
    runQueriesOn(Transport.NIO);
  }

  @Test
  void should_run_sync_and_async_queries_on_epoll() throws Exception {
    runQueriesOn(Transport.EPOLL);
  }

  @Test
  void should_pick_epoll_by_default_here_and_log_it_at_start() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    Transport picked;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Session auto = newSession(builder -> builder.keyspace(keyspace))) {
      picked = auto.transport();
      assertThat(auto.execute("SELECT release_version FROM system.local").one()).isNotNull();
    } finally {
      System.setErr(original);
    }

    assertThat(picked).isEqualTo(Transport.EPOLL);
    assertThat(session.transport()).isEqualTo(Transport.EPOLL);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .containsPattern("Session s\\d+ uses the epoll transport");
  }

  private static void runQueriesOn(Transport transport) throws Exception {
    String name = transport.name();
    try (Session own = newSession(builder -> builder.keyspace(keyspace).transport(transport))) {
      assertThat(own.transport()).isEqualTo(transport);
      PreparedStatement insert =
          own.prepare("INSERT INTO transport_rows (transport, k, v) VALUES (?, ?, ?)");
      // Many in flight at once on the async path, then one at a time on the sync path.
      List<CompletableFuture<AsyncResultSet>> inserts = new ArrayList<>();
      for (int k = 0; k < ROWS; k++) {
        inserts.add(own.executeAsync(insert.bind(name, k, "v" + k)).toCompletableFuture());
      }
      CompletableFuture.allOf(inserts.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      own.execute(insert.bind(name, ROWS, "last"));

      List<Row> rows =
          own.execute(
                  own.prepare("SELECT k, v FROM transport_rows WHERE transport = ?")
                      .bind(name)
                      .withPageSize(100))
              .all();

      assertThat(rows).hasSize(ROWS + 1);
      for (int k = 0; k < ROWS; k++) {
        assertThat(rows.get(k).getInt("k")).isEqualTo(k);
        assertThat(rows.get(k).getString("v")).isEqualTo("v" + k);
      }
      assertThat(rows.get(ROWS).getString("v")).isEqualTo("last");
    }
  }
}
