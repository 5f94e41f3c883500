package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ExecutionProfile;
import io.sibyl.driver.PagingToken;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.InvalidPagingTokenException;
import io.sibyl.driver.type.GenericType;
import io.sibyl.it.mapper.model.Event;
import io.sibyl.it.mapper.model.EventRepository;
import io.sibyl.it.mapper.model.EventTable;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging through an immutable-class entity against a real node: sync iteration across pages, async
 * pages, resuming a query later from its paging state, and page sizes taken from an execution
 * profile chosen per call.
 */
class PagingIT extends MapperITBase {

  private static final int EVENTS = 25;

  private static EventRepository events;
  private static List<Event> written;

  @BeforeAll
  static void createSchemaAndEvents() {
    events = createSchemaAndMapper(EventTable.INSTANCE).repository(EventRepository.class);
    written = IntStream.range(0, EVENTS).mapToObj(i -> new Event("sensor", i, "e" + i)).toList();
    CompletableFuture.allOf(
            written.stream()
                .map(e -> events.save(e).toCompletableFuture())
                .toArray(CompletableFuture[]::new))
        .join();
    events.save(new Event("other", 0, "elsewhere")).toCompletableFuture().join();
  }

  @Test
  void should_create_the_table_with_its_declared_options() {
    Row options =
        session
            .execute(
                "SELECT default_time_to_live, gc_grace_seconds, compaction FROM system_schema.tables"
                    + " WHERE keyspace_name = ? AND table_name = 'events'",
                keyspace)
            .one();

    assertThat(options.getInt(0)).isEqualTo(86400);
    assertThat(options.getInt(1)).isEqualTo(3600);
    assertThat(options.get(2, GenericType.mapOf(String.class, String.class)).get("class"))
        .endsWith("LeveledCompactionStrategy");
  }

  @Test
  void should_fetch_every_page_when_iterating() {
    assertThat(events.all("sensor", 7)).containsExactlyElementsOf(written);
    assertThat(events.allAsync("sensor", 4).toCompletableFuture().join())
        .containsExactlyElementsOf(written);
    try (Stream<Event> stream = events.stream("sensor", 5)) {
      assertThat(stream).containsExactlyElementsOf(written);
    }
    assertThat(events.pages("sensor", 10, null).all()).containsExactlyElementsOf(written);
  }

  @Test
  void should_resume_a_query_page_by_page_from_its_paging_state() {
    List<List<Event>> pages = new ArrayList<>();
    ByteBuffer pagingState = null;
    do {
      PagingIterable<Event> page = events.pages("sensor", 10, pagingState);
      pages.add(readCurrentPage(page));
      pagingState = page.pagingState();
    } while (pagingState != null);

    assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
    assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(written);
  }

  @Test
  void should_resume_through_query_options() {
    PagingIterable<Event> first = events.pages("sensor", QueryOptions.none().withPageSize(20));
    List<Event> firstPage = readCurrentPage(first);

    PagingIterable<Event> second =
        events.pages(
            "sensor", QueryOptions.none().withPageSize(20).withPagingState(first.pagingState()));

    assertThat(firstPage).containsExactlyElementsOf(written.subList(0, 20));
    assertThat(second.all()).containsExactlyElementsOf(written.subList(20, EVENTS));
    assertThat(second.isFullyFetched()).isTrue();
  }

  @Test
  void should_fetch_async_pages_and_resume_one_later() {
    AsyncPage<Event> first = events.page("sensor", 10, null).toCompletableFuture().join();
    AsyncPage<Event> second = first.fetchNextPage().toCompletableFuture().join();
    AsyncPage<Event> resumed =
        events.page("sensor", 10, second.pagingState()).toCompletableFuture().join();

    assertThat(first.currentPage()).containsExactlyElementsOf(written.subList(0, 10));
    assertThat(first.one()).isEqualTo(written.get(0));
    assertThat(second.currentPage()).containsExactlyElementsOf(written.subList(10, 20));
    assertThat(resumed.currentPage()).containsExactlyElementsOf(written.subList(20, EVENTS));
    assertThat(resumed.hasMorePages()).isFalse();
  }

  @Test
  void should_resume_through_paging_tokens_handed_out_as_strings() {
    List<List<Event>> pages = new ArrayList<>();
    String next = null;
    do {
      QueryOptions options = QueryOptions.none().withPageSize(10);
      if (next != null) {
        options = options.withPagingToken(PagingToken.parse(next));
      }
      PagingIterable<Event> page = events.pages("sensor", options);
      pages.add(readCurrentPage(page));
      next = page.pagingToken() == null ? null : page.pagingToken().asString();
    } while (next != null);

    assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
    assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(written);
  }

  @Test
  void should_resume_an_async_page_token_and_refuse_it_with_other_values() {
    PagingToken token = events.page("sensor", 10, null).toCompletableFuture().join().pagingToken();
    QueryOptions resume = QueryOptions.none().withPageSize(10).withPagingToken(token);

    assertThat(readCurrentPage(events.pages("sensor", resume)))
        .containsExactlyElementsOf(written.subList(10, 20));
    assertThatThrownBy(() -> events.pages("other", resume))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e ->
                assertThat(e.failedCheck()).isEqualTo(InvalidPagingTokenException.Check.STATEMENT));
  }

  @Test
  void should_combine_a_where_clause_a_limit_and_a_page_size() {
    assertThat(events.from("sensor", 5, 12, QueryOptions.none().withPageSize(5)))
        .containsExactlyElementsOf(written.subList(5, 17));
  }

  @Test
  void should_take_the_page_size_from_the_execution_profile_chosen_per_call() {
    try (Session profiled =
        newSession(
            builder ->
                builder
                    .keyspace(keyspace)
                    .executionProfile("small-pages", ExecutionProfile.DEFAULTS.withPageSize(4)))) {
      EventRepository profiledEvents =
          Mapper.builder(profiled).build().repository(EventRepository.class);

      PagingIterable<Event> byParameter = profiledEvents.pagesOfProfile("sensor", "small-pages");
      PagingIterable<Event> byOptions =
          profiledEvents.pages("sensor", QueryOptions.none().withExecutionProfile("small-pages"));
      PagingIterable<Event> withoutProfile = profiledEvents.pagesOfProfile("sensor", null);

      assertThat(byParameter.availableWithoutFetching()).isEqualTo(4);
      assertThat(byParameter.all()).containsExactlyElementsOf(written);
      assertThat(readCurrentPage(byOptions)).containsExactlyElementsOf(written.subList(0, 4));
      assertThat(withoutProfile.availableWithoutFetching()).isEqualTo(EVENTS);
    }
  }

  @Test
  void should_fail_when_the_execution_profile_chosen_per_call_is_unknown() {
    assertThatThrownBy(() -> events.pagesOfProfile("sensor", "no-such-profile"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-profile");
  }

  /** The entities of the page already received, without fetching the next one. */
  private static List<Event> readCurrentPage(PagingIterable<Event> page) {
    List<Event> read = new ArrayList<>();
    while (page.availableWithoutFetching() > 0) {
      read.add(page.one());
    }
    return read;
  }
}
