package io.sibyl.it.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.bulk.BulkFailure;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import io.sibyl.mapper.bulk.BulkWriteException;
import io.sibyl.mapper.bulk.ScanCheckpoint;
import io.sibyl.mapper.bulk.ScanOptions;
import io.sibyl.mapper.bulk.ScanResult;
import io.sibyl.mapper.metamodel.TokenRange;
import io.sibyl.mapper.observe.RepositoryObserver;
import io.sibyl.mapper.query.QueryTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk writes and parallel scans against a real node: thousands of entities saved with bounded
 * read-ahead, failures reported per entity, every row scanned exactly once, and an interrupted scan
 * resumed from its checkpoint.
 */
class BulkIT extends SessionITBase {

  private static QueryTable<Event> events;

  @BeforeAll
  static void createSchema() {
    session.execute(EventTable.INSTANCE.createTableCql(keyspace));
    events = Event_.table(Mapper.builder(session).build());
  }

  @BeforeEach
  void empty() {
    session.execute("TRUNCATE bulk_events");
  }

  /** {@code count} events, ten per source, made as the stream is read. */
  private static Stream<Event> generated(int count, AtomicInteger produced) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Event("source-" + (i / 10), i % 10, "payload " + i))
        .peek(e -> produced.incrementAndGet());
  }

  /** Every row's key, read with a plain paged query. */
  private static Set<String> storedKeys() {
    Set<String> keys = new HashSet<>();
    for (Row row : session.execute("SELECT source, seq FROM bulk_events")) {
      keys.add(row.getString("source") + "/" + row.getInt("seq"));
    }
    return keys;
  }

  @Test
  void should_save_through_a_generated_repository_reporting_each_bulk_write_as_one_call() {
    List<String> calls = new ArrayList<>();
    RepositoryObserver observer =
        new RepositoryObserver() {
          @Override
          public Object start(String repository, String method) {
            return repository + "." + method;
          }

          @Override
          public synchronized void stop(Object context, Throwable error) {
            calls.add(context + " " + (error == null ? "ok" : error.getClass().getSimpleName()));
          }
        };
    EventRepository repository =
        Mapper.builder(session)
            .repositoryObserver(observer)
            .build()
            .repository(EventRepository.class);
    List<Event> first = generated(2_000, new AtomicInteger()).toList();
    AtomicInteger produced = new AtomicInteger();
    AtomicLong done = new AtomicLong();

    BulkResult<Event> listed = repository.saveAll(first);
    BulkResult<Event> streamed =
        repository.saveAll(
            generated(3_000, produced).skip(2_000),
            BulkOptions.defaults()
                .withConcurrency(4)
                .withProgress((written, failed) -> done.accumulateAndGet(written, Math::max)));
    BulkResult<Event> async =
        repository
            .saveAllAsync(generated(4_000, new AtomicInteger()).skip(3_000))
            .toCompletableFuture()
            .join();
    List<Event> someRefused =
        new ArrayList<>(generated(4_100, new AtomicInteger()).skip(4_000).toList());
    someRefused.add(new Event("", 1, "an empty partition key is refused"));

    assertThat(listed.written()).isEqualTo(2_000);
    assertThat(streamed.written()).isEqualTo(1_000);
    assertThat(produced.get()).isEqualTo(3_000);
    assertThat(done.get()).isEqualTo(1_000);
    assertThat(async.written()).isEqualTo(1_000);
    assertThatThrownBy(() -> repository.saveAllOrThrow(someRefused))
        .isInstanceOf(BulkWriteException.class)
        .hasMessageStartingWith("1 of 101 entities were not written; the first failed with:")
        .hasCauseInstanceOf(InvalidQueryException.class);
    assertThat(storedKeys()).hasSize(4_100);
    assertThat(calls)
        .containsExactly(
            "EventRepository.saveAll ok",
            "EventRepository.saveAll ok",
            "EventRepository.saveAllAsync ok",
            "EventRepository.saveAllOrThrow BulkWriteException");
  }

  @Test
  void should_save_every_entity_of_a_large_stream_reading_it_only_a_window_ahead() {
    int count = 15_000;
    AtomicInteger produced = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    AtomicLong mostAhead = new AtomicLong();
    Stream<Event> stream =
        generated(count, produced)
            .peek(e -> mostAhead.accumulateAndGet(produced.get() - done.get(), Math::max));

    // tag::stream[]
    BulkOptions options =
        BulkOptions.defaults()
            .withConcurrency(32) // requests in flight at most
            .withWindow(256) // entities read ahead from the stream
            .withProgress((written, failed) -> done.set(written + failed));
    BulkResult<Event> result = events.saveAll(stream, options);
    // end::stream[]

    assertThat(result.succeeded()).isTrue();
    assertThat(result.written()).isEqualTo(count);
    assertThat(done.get()).isEqualTo(count);
    // Read ahead: at most one window beyond the entities not yet acknowledged (32 in flight).
    assertThat(mostAhead.get()).isGreaterThan(0).isLessThanOrEqualTo(256 + 32 + 256);
    assertThat(storedKeys()).hasSize(count);
  }

  @Test
  void should_never_have_more_requests_in_flight_than_the_concurrency() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    RequestTracker tracker =
        new RequestTracker() {
          @Override
          public Object onStart(Statement<?> statement) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return null;
          }

          @Override
          public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
            inFlight.decrementAndGet();
          }

          @Override
          public void onError(
              Statement<?> statement, Node node, Throwable error, long latencyNanos) {
            inFlight.decrementAndGet();
          }
        };
    try (Session tracked =
        newSession(builder -> builder.keyspace(keyspace).addRequestTracker(tracker))) {
      QueryTable<Event> table = Event_.table(Mapper.builder(tracked).build());

      BulkResult<Event> result =
          table.saveAll(
              generated(3_000, new AtomicInteger()), BulkOptions.defaults().withConcurrency(8));

      assertThat(result.written()).isEqualTo(3_000);
      assertThat(most.get()).isBetween(2, 8);
      assertThat(inFlight.get()).isZero();
    }
  }

  @Test
  void should_save_entities_of_one_partition_in_unlogged_batches() {
    int count = 10_000;
    List<Event> list = generated(count, new AtomicInteger()).toList();

    // tag::batches[]
    BulkResult<Event> result =
        events.saveAll(list, BulkOptions.defaults().withPartitionBatches(5).withConcurrency(16));
    // end::batches[]

    assertThat(result.written()).isEqualTo(count);
    assertThat(result.failures()).isEmpty();
    assertThat(storedKeys()).hasSize(count);
  }

  @Test
  void should_report_each_entity_the_server_refuses_and_write_the_others() {
    List<Event> input = new ArrayList<>(generated(1_000, new AtomicInteger()).toList());
    // An empty partition key: the server refuses the write ("Key may not be empty").
    List<Event> refused = List.of(new Event("", 1, "a"), new Event("", 2, "b"));
    input.add(100, refused.get(0));
    input.add(700, refused.get(1));

    for (int batch : new int[] {1, 4}) {
      List<Event> failed = new ArrayList<>();
      // tag::failures[]
      BulkResult<Event> result =
          events.saveAll(input, BulkOptions.defaults().withPartitionBatches(batch));
      for (BulkFailure<Event> failure : result.failures()) {
        // failure.error(): InvalidQueryException "Key may not be empty"
        failed.add(failure.entity());
      }
      // end::failures[]

      assertThat(result.written()).as("batch %d", batch).isEqualTo(1_000);
      assertThat(failed).hasSameElementsAs(refused);
      assertThat(result.failures())
          .allSatisfy(
              f ->
                  assertThat(f.error())
                      .isInstanceOf(InvalidQueryException.class)
                      .hasMessageContaining("Key may not be empty"));
      assertThatThrownBy(result::orThrow)
          .isInstanceOf(BulkWriteException.class)
          .hasMessageStartingWith("2 of 1002 entities were not written; the first failed with:");
    }
    assertThat(storedKeys()).hasSize(1_000);
  }

  @Test
  void should_write_what_was_read_and_fail_when_the_input_fails() {
    Stream<Event> failing =
        generated(1_000, new AtomicInteger())
            .peek(
                e -> {
                  if (e.source().equals("source-50")) {
                    throw new IllegalStateException("input broke");
                  }
                });

    assertThatThrownBy(() -> events.saveAll(failing, BulkOptions.defaults().withWindow(64)))
        .isInstanceOf(BulkWriteException.class)
        .hasMessageStartingWith("Reading the entities to write failed after 500 of them:")
        .hasRootCauseMessage("input broke")
        .satisfies(
            e -> {
              BulkResult<?> partial = ((BulkWriteException) e).result();
              assertThat(partial.written()).isEqualTo(500);
              assertThat(partial.failures()).isEmpty();
            });
    assertThat(storedKeys()).hasSize(500);
  }

  @Test
  void should_scan_every_row_exactly_once() {
    int count = 12_000;
    events.saveAll(generated(count, new AtomicInteger())).orThrow();
    List<String> seen = new ArrayList<>();

    // tag::scan[]
    ScanResult result =
        events.scan(
            ScanOptions.defaults().withSplits(24).withConcurrency(6), e -> seen.add(e.key()));
    // end::scan[]

    assertThat(result.isComplete()).isTrue();
    assertThat(result.rows()).isEqualTo(count);
    assertThat(seen).hasSize(count);
    assertThat(new HashSet<>(seen)).isEqualTo(storedKeys());
    // The ranges cover the ring, so the partitions whose tokens wrap around were read too.
    assertThat(result.checkpoint().ranges().get(0).start()).isEqualTo(Long.MIN_VALUE);
    assertThat(result.checkpoint().ranges().get(result.checkpoint().ranges().size() - 1).end())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void should_resume_an_interrupted_scan_with_only_the_unfinished_ranges() {
    int count = 5_000;
    events.saveAll(generated(count, new AtomicInteger())).orThrow();
    Map<String, Long> tokens = new HashMap<>();
    for (Row row : session.execute("SELECT source, seq, token(source) AS t FROM bulk_events")) {
      tokens.put(row.getString("source") + "/" + row.getInt("seq"), row.getLong("t"));
    }
    ScanOptions options = ScanOptions.defaults().withSplits(32).withConcurrency(2);
    List<String> first = new ArrayList<>();

    ScanResult interrupted =
        events.scan(
            options,
            e -> {
              if (first.size() == 2_000) {
                throw new IllegalStateException("consumer stopped");
              }
              first.add(e.key());
            });

    assertThat(interrupted.isComplete()).isFalse();
    // The ranges being read when the consumer failed (at most the concurrency) are not finished.
    assertThat(interrupted.failures())
        .hasSizeBetween(1, 2)
        .allSatisfy(f -> assertThat(f.error()).hasMessage("consumer stopped"));
    List<String> rest = new ArrayList<>();

    // tag::resume[]
    String stored = interrupted.checkpoint().serialize(); // keep it anywhere, as text
    ScanCheckpoint saved = ScanCheckpoint.parse(stored);
    ScanResult resumed = events.scan(options.resumeFrom(saved), e -> rest.add(e.key()));
    // end::resume[]

    assertThat(saved.completed()).isNotEmpty();
    assertThat(saved.remaining()).isNotEmpty();

    assertThat(resumed.isComplete()).isTrue();
    Set<String> expected = new HashSet<>();
    tokens.forEach(
        (key, token) -> {
          if (saved.completed().stream().noneMatch(r -> r.contains(token))) {
            expected.add(key);
          }
        });
    assertThat(rest).hasSize(expected.size());
    assertThat(new HashSet<>(rest)).isEqualTo(expected);
    Set<String> all = new HashSet<>(first);
    all.addAll(rest);
    assertThat(all).hasSize(count);
  }

  @Test
  void should_refuse_a_checkpoint_of_another_table() {
    ScanCheckpoint other =
        ScanCheckpoint.parse(
            "sibyl-scan-1;ks.other;" + Long.MIN_VALUE + "," + Long.MAX_VALUE + ",p");

    assertThatThrownBy(() -> events.scan(ScanOptions.defaults().resumeFrom(other), e -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("This checkpoint is of table ks.other, not ");
  }

  @Test
  void should_cut_the_scan_along_the_node_tokens() {
    List<Long> ring = new ArrayList<>();
    session.metadata().tokenMap().orElseThrow().ringTokens().forEach(t -> ring.add((Long) t));
    ScanResult result = events.scan(ScanOptions.defaults().withSplits(1), e -> {});

    List<TokenRange> ranges = result.checkpoint().ranges();
    for (long token : ring) {
      // The ring's minimum (a lone node's usual token) ends no range: (min, max] holds it all.
      if (token != Long.MIN_VALUE) {
        assertThat(ranges).anyMatch(r -> r.end() == token);
      }
    }
    assertThat(ranges.size()).isBetween(ring.size(), ring.size() + 1);
    assertThat(ranges.get(0).start()).isEqualTo(Long.MIN_VALUE);
  }
}
