package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.it.support.SessionITBase;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading 12,000 rows page by page, in both APIs, and resuming from a saved paging state. */
class PagingIT extends SessionITBase {
  private static final int ROWS = 12_000;
  private static final String SELECT_ALL = "SELECT p, c, v FROM paged WHERE p = 0";

  @BeforeAll
  static void fill() {
    session.execute("CREATE TABLE paged (p int, c int, v text, PRIMARY KEY (p, c))");
    PreparedStatement insert = session.prepare("INSERT INTO paged (p, c, v) VALUES (0, ?, ?)");
    List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
    for (int start = 0; start < ROWS; start += 100) {
      List<BoundStatement> group = new ArrayList<>();
      for (int c = start; c < start + 100; c++) {
        group.add(insert.bind(c, "value-" + c));
      }
      writes.add(
          session.executeAsync(BatchStatement.unlogged(group.toArray(new BoundStatement[0]))));
    }
    CompletableFuture.allOf(
            writes.stream()
                .map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new))
        .join();
  }

  @Test
  void should_page_transparently_when_iterating_synchronously() {
    ResultSet rows = session.execute(SimpleStatement.of(SELECT_ALL).withPageSize(500));
    assertThat(rows.availableWithoutFetching()).isEqualTo(500);

    int expected = 0;
    for (Row row : rows) {
      assertThat(row.getInt("c")).isEqualTo(expected);
      assertThat(row.getString("v")).isEqualTo("value-" + expected);
      expected++;
    }
    assertThat(expected).isEqualTo(ROWS);
    assertThat(rows.isFullyFetched()).isTrue();
  }

  @Test
  void should_fetch_page_by_page_asynchronously() {
    AsyncResultSet page =
        session
            .executeAsync(SimpleStatement.of(SELECT_ALL).withPageSize(1000))
            .toCompletableFuture()
            .join();
    Set<Integer> seen = new HashSet<>();
    int pages = 0;
    while (true) {
      pages++;
      for (Row row : page.currentPage()) {
        seen.add(row.getInt("c"));
      }
      if (!page.hasMorePages()) {
        break;
      }
      page = page.fetchNextPage().toCompletableFuture().join();
    }
    assertThat(seen).hasSize(ROWS);
    // 12 full pages; the server may announce one more (empty) page after an exactly full one.
    assertThat(pages).isBetween(ROWS / 1000, ROWS / 1000 + 1);
  }

  @Test
  void should_resume_from_a_saved_paging_state() {
    PreparedStatement select = session.prepare(SELECT_ALL);
    AsyncResultSet first =
        session.executeAsync(select.bind().withPageSize(3000)).toCompletableFuture().join();
    ByteBuffer saved = first.pagingState();
    byte[] stored = new byte[saved.remaining()];
    saved.get(stored);

    // Later, possibly in another process: rebuild the statement and resume where the page ended.
    ResultSet rest =
        session.execute(select.bind().withPageSize(3000).withPagingState(ByteBuffer.wrap(stored)));
    List<Row> remaining = rest.all();

    assertThat(remaining).hasSize(ROWS - 3000);
    assertThat(remaining.get(0).getInt("c")).isEqualTo(3000);
  }
}
