package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.Node;
import io.sibyl.it.support.SessionITBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ten thousand requests in flight at once on one connection, and no stream id lost after. */
class PipeliningIT extends SessionITBase {
  private static final int REQUESTS = 10_000;

  @Test
  void should_complete_ten_thousand_concurrent_requests_on_one_connection() throws Exception {
    session.execute("CREATE TABLE pipelined (id int PRIMARY KEY, v int)");
    try (Session single = newSession(builder -> builder.connectionsPerNode(1).keyspace(keyspace))) {
      PreparedStatement insert = single.prepare("INSERT INTO pipelined (id, v) VALUES (?, ?)");
      PreparedStatement select = single.prepare("SELECT v FROM pipelined WHERE id = ?");

      List<CompletableFuture<AsyncResultSet>> writes = new ArrayList<>(REQUESTS);
      for (int i = 0; i < REQUESTS; i++) {
        writes.add(single.executeAsync(insert.bind(i, i * 2)).toCompletableFuture());
      }
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

      List<CompletableFuture<Integer>> reads = new ArrayList<>(REQUESTS);
      for (int i = 0; i < REQUESTS; i++) {
        reads.add(
            single
                .executeAsync(select.bind(i))
                .toCompletableFuture()
                .thenApply(rs -> rs.one().getInt(0)));
      }
      CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      for (int i = 0; i < REQUESTS; i++) {
        assertThat(reads.get(i).join()).isEqualTo(i * 2);
      }

      Node node = single.metadata().nodes().iterator().next();
      assertThat(node.openConnections()).isEqualTo(1);
      assertThat(node.inFlight()).as("stream ids still held after every response").isZero();
    }
  }
}
