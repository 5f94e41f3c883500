package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.DriverException;
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
 * and says so when it starts. These tests also run against the shaded driver
 * (it-tests/netty41-project), which leaves epoll out: there the default is NIO, and asking for
 * epoll fails the start saying why.
 */
@Isolated("captures System.err, where the tests' slf4j-simple logger writes")
class TransportIT extends SessionITBase {
  private static final int ROWS = 300;
  private static final boolean SHADED = isShadedDriver();
  private static final Transport DEFAULT = SHADED ? Transport.NIO : Transport.EPOLL;

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
  void should_run_sync_and_async_queries_on_epoll_or_refuse_it_in_the_shaded_driver()
      throws Exception {
    if (!SHADED) {
      runQueriesOn(Transport.EPOLL);
      return;
    }
    assertThatThrownBy(() -> newSession(builder -> builder.transport(Transport.EPOLL)).close())
        .isInstanceOf(DriverException.class)
        .hasMessageStartingWith(
            "The epoll transport was asked for but cannot be used here (Netty's epoll classes are"
                + " not on the class path)");
  }

  @Test
  void should_pick_epoll_by_default_unless_shaded_and_log_it_at_start() {
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

    assertThat(picked).isEqualTo(DEFAULT);
    assertThat(session.transport()).isEqualTo(DEFAULT);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .containsPattern(
            SHADED
                ? "Session s\\d+ uses the nio transport \\(epoll cannot be used here: Netty's epoll"
                    + " classes are not on the class path\\)"
                : "Session s\\d+ uses the epoll transport");
  }

  private static boolean isShadedDriver() {
    try {
      Class.forName(
          "io.sibyl.shaded.netty.channel.nio.NioIoHandler", false, Session.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
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
