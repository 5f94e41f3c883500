package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.it.support.SessionITBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code USE ks} completes only once every pool connection uses {@code ks}: the unqualified
 * statements issued right after it, spread over several connections, all run in {@code ks}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class KeyspaceSwitchIT extends SessionITBase {
  private static final String KS_A = "it_use_switch_a";
  private static final String KS_B = "it_use_switch_b";
  private static final int ROUNDS = 40;
  private static final int QUERIES_PER_ROUND = 64;

  @BeforeAll
  static void createKeyspaces() {
    for (String ks : List.of(KS_A, KS_B)) {
      session.execute("DROP KEYSPACE IF EXISTS " + ks);
      session.execute(
          "CREATE KEYSPACE "
              + ks
              + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute("CREATE TABLE " + ks + ".marker (id int PRIMARY KEY, name text)");
      insertMarker(ks);
    }
  }

  /** Retries the write: on a loaded machine a single node may time out a write now and then. */
  private static void insertMarker(String ks) {
    for (int attempt = 1; ; attempt++) {
      try {
        session.execute("INSERT INTO " + ks + ".marker (id, name) VALUES (0, ?)", ks);
        return;
      } catch (WriteTimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  @AfterAll
  static void dropKeyspaces() {
    for (String ks : List.of(KS_A, KS_B)) {
      session.execute("DROP KEYSPACE IF EXISTS " + ks);
    }
  }

  @Test
  void should_run_every_statement_after_use_in_the_new_keyspace_on_every_connection() {
    // No keyspace at start: before the fix, a connection not yet switched answered "No keyspace
    // has been specified" (or read the other keyspace's table).
    try (Session pooled = newSession(builder -> builder.connectionsPerNode(4))) {
      for (int round = 0; round < ROUNDS; round++) {
        String ks = round % 2 == 0 ? KS_A : KS_B;
        pooled.execute("USE " + ks);

        List<CompletableFuture<AsyncResultSet>> reads = new ArrayList<>();
        for (int i = 0; i < QUERIES_PER_ROUND; i++) {
          reads.add(
              pooled.executeAsync("SELECT name FROM marker WHERE id = 0").toCompletableFuture());
        }
        for (CompletableFuture<AsyncResultSet> read : reads) {
          assertThat(read.join().one().getString("name")).as("round %d", round).isEqualTo(ks);
        }
      }
      assertThat(pooled.metadata().nodes().iterator().next().openConnections()).isEqualTo(4);
    }
  }
}
