package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PagingToken;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.InvalidPagingTokenException;
import io.sibyl.driver.error.InvalidPagingTokenException.Check;
import io.sibyl.it.support.SessionITBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging a real table across paging-token round trips (token -> string -> token, one statement per
 * page, as a web app serving "next" links would), within one session and across two sessions that
 * share a key; and the refusals of a token resumed elsewhere.
 */
class PagingTokenIT extends SessionITBase {
  private static final int ROWS = 1_000;
  private static final int PAGE = 150;
  private static final String SELECT = "SELECT c, v FROM tokens WHERE p = ?";
  private static final byte[] SHARED_KEY =
      "a key both app instances are given".getBytes(StandardCharsets.UTF_8);

  private static Session first;
  private static Session second;

  @BeforeAll
  static void fill() {
    session.execute("CREATE TABLE tokens (p int, c int, v text, PRIMARY KEY (p, c))");
    PreparedStatement insert = session.prepare("INSERT INTO tokens (p, c, v) VALUES (?, ?, ?)");
    List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      for (int start = 0; start < ROWS; start += 100) {
        List<BoundStatement> group = new ArrayList<>();
        for (int c = start; c < start + 100; c++) {
          group.add(insert.bind(p, c, "v" + c));
        }
        writes.add(
            session.executeAsync(BatchStatement.unlogged(group.toArray(BoundStatement[]::new))));
      }
    }
    CompletableFuture.allOf(
            writes.stream()
                .map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new))
        .join();
    first = newSession(builder -> builder.keyspace(keyspace).pagingTokenKey(SHARED_KEY));
    second = newSession(builder -> builder.keyspace(keyspace).pagingTokenKey(SHARED_KEY));
  }

  @AfterAll
  static void closeSessions() {
    first.close();
    second.close();
  }

  /** Reads the rows of the page already received. */
  private static List<Integer> currentPage(ResultSet rows) {
    List<Integer> read = new ArrayList<>();
    while (rows.availableWithoutFetching() > 0) {
      read.add(rows.one().getInt("c"));
    }
    return read;
  }

  @Test
  void should_page_a_table_through_token_strings_in_one_session() {
    PreparedStatement select = session.prepare(SELECT);
    List<Integer> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      BoundStatement statement = select.bind(1).withPageSize(PAGE);
      if (next != null) {
        statement = statement.withPagingToken(PagingToken.parse(next));
      }
      ResultSet rows = session.execute(statement);
      seen.addAll(currentPage(rows));
      PagingToken token = rows.pagingToken();
      if (token != null) {
        assertThat(token.pagingState()).isEqualTo(rows.pagingState());
      }
      next = token == null ? null : token.asString();
      pages++;
    } while (next != null);

    assertThat(seen).hasSize(ROWS).isSorted().doesNotHaveDuplicates();
    assertThat(pages).isBetween(ROWS / PAGE + 1, ROWS / PAGE + 2);
  }

  @Test
  void should_page_across_two_sessions_sharing_a_key_taking_turns() {
    List<Integer> seen = new ArrayList<>();
    String next = null;
    int page = 0;
    do {
      Session serving = page % 2 == 0 ? first : second;
      SimpleStatement statement = SimpleStatement.of(SELECT, 0).withPageSize(PAGE);
      if (next != null) {
        statement = statement.withPagingToken(PagingToken.parse(next));
      }
      AsyncResultSet rows = serving.executeAsync(statement).toCompletableFuture().join();
      for (Row row : rows.currentPage()) {
        seen.add(row.getInt("c"));
      }
      next = rows.hasMorePages() ? rows.pagingToken().asString() : null;
      page++;
    } while (next != null);

    assertThat(seen).hasSize(ROWS).isSorted().doesNotHaveDuplicates();
    assertThat(page).isGreaterThan(2);
  }

  @Test
  void should_refuse_a_token_from_a_session_with_another_key() {
    ResultSet rows = first.execute(SimpleStatement.of(SELECT, 0).withPageSize(PAGE));
    PagingToken token = rows.pagingToken();

    // The class's session has its own random key.
    assertThatThrownBy(
            () ->
                session.execute(
                    SimpleStatement.of(SELECT, 0).withPageSize(PAGE).withPagingToken(token)))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.MAC))
        .hasMessageContaining("SessionBuilder.pagingTokenKey")
        .hasMessageContaining(SELECT);
  }

  @Test
  void should_refuse_a_token_resumed_on_another_query_or_with_other_values() {
    PreparedStatement select = first.prepare(SELECT);
    PagingToken token = first.execute(select.bind(0).withPageSize(PAGE)).pagingToken();

    assertThatThrownBy(
            () -> second.execute(select.bind(1).withPageSize(PAGE).withPagingToken(token)))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT));
    assertThatThrownBy(
            () ->
                second.execute(
                    SimpleStatement.of("SELECT c FROM tokens WHERE p = ?", 0)
                        .withPagingToken(token)))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT))
        .hasMessageContaining("SELECT c FROM tokens WHERE p = ?");
    // The same query and values resume in the other session.
    assertThat(
            second
                .execute(select.bind(0).withPageSize(PAGE).withPagingToken(token))
                .one()
                .getInt("c"))
        .isEqualTo(PAGE);
  }

  @Test
  void should_refuse_a_tampered_token_through_the_async_api_without_running_it() {
    PagingToken token =
        first.execute(SimpleStatement.of(SELECT, 0).withPageSize(PAGE)).pagingToken();
    byte[] bytes = Base64.getUrlDecoder().decode(token.asString());
    bytes[bytes.length / 2] ^= 0x10;
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long before = first.metrics().requests();

    CompletableFuture<AsyncResultSet> result =
        first
            .executeAsync(
                SimpleStatement.of(SELECT, 0).withPagingToken(PagingToken.parse(tampered)))
            .toCompletableFuture();

    assertThat(result)
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.MAC));
    assertThat(first.metrics().requests()).isEqualTo(before);
  }
}
