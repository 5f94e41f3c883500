package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ExecutionProfile;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ClusteringTuple2;
import io.sibyl.mapper.metamodel.ClusteringTuple3;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.metamodel.TokenRange;
import io.sibyl.mapper.query.FilteringRequiredException;
import io.sibyl.mapper.query.InvalidProjectionException;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.SelectQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The select features of the query DSL beyond the first slice, against the real node: LIKE on SASI
 * indexes, token ranges, multi-column relations, DISTINCT, projections mapped to records, the
 * execution profile per query, and count() with limits.
 */
class QueryDslSelectIT extends SessionITBase {

  private static final String SASI = "'org.apache.cassandra.index.sasi.SASIIndex'";

  private static Mapper mapper;
  private static QueryTable<SearchDoc> docs;
  private static QueryTable<Reading> readings;
  private static QueryTable<RoomSlot> slots;

  @BeforeAll
  static void createSchema() {
    for (TableDescriptor<?> table :
        List.<TableDescriptor<?>>of(
            SearchDocTable.INSTANCE, ReadingTable.INSTANCE, RoomSlotTable.INSTANCE)) {
      session.execute(table.createTableCql(keyspace));
      table.createIndexesCql(keyspace).forEach(session::execute);
    }
    // A SASI index by hand, besides the declared ones that createIndexesCql made, before any row.
    session.execute(
        "CREATE CUSTOM INDEX docs_note_sasi ON dsl_search_docs (note) USING "
            + SASI
            + " WITH OPTIONS = {'mode': 'PREFIX'}");
    mapper = Mapper.builder(session).build();
    docs = SearchDoc_.table(mapper);
    readings = Reading_.table(mapper);
    slots = RoomSlot_.table(mapper);
  }

  @BeforeEach
  void fill() {
    session.execute("TRUNCATE dsl_search_docs");
    session.execute("TRUNCATE dsl_readings");
    session.execute("TRUNCATE dsl_room_slots");
    docs.save(new SearchDoc("a", 1, "Big data at scale", "Intro to storage", "new", "ada", 120));
    docs.save(new SearchDoc("a", 2, "Small data", "Introduction", "notes", "bob", 40));
    docs.save(new SearchDoc("b", 1, "Databases", "Chapter one", "old", "ada", 300));
    docs.save(new SearchDoc("b", 2, "Cooking", "Intro to pasta", "renewed", "cy", 80));
    for (int sensor = 0; sensor < 10; sensor++) {
      for (int day = 1; day <= 3; day++) {
        readings.save(new Reading("s" + sensor, day, 1000L * day, sensor + day / 10.0));
      }
    }
    for (String room : List.of("r1", "r2", "r3")) {
      for (int day = 1; day <= 2; day++) {
        for (int hour = 9; hour <= 11; hour++) {
          for (int minute : new int[] {0, 30}) {
            slots.save(
                new RoomSlot(
                    room, day, hour, minute, "bldg-" + room, room + "/" + day + "/" + hour));
          }
        }
      }
    }
  }

  // --- LIKE ---------------------------------------------------------------------------------

  @Test
  void should_match_substrings_suffixes_and_prefixes_with_like_on_a_contains_mode_sasi_index() {
    assertThat(docs.select().where(SearchDoc_.TITLE.like("%data%")).list())
        .extracting(SearchDoc::title)
        .containsExactlyInAnyOrder("Big data at scale", "Small data");
    assertThat(docs.select().where(SearchDoc_.TITLE.like("%data")).list())
        .extracting(SearchDoc::title)
        .containsExactly("Small data");
    assertThat(docs.select().where(SearchDoc_.TITLE.like("Data%")).list())
        .extracting(SearchDoc::title)
        .containsExactly("Databases");
    assertThat(docs.select().where(SearchDoc_.TITLE.like("Cooking")).count()).isEqualTo(1);
  }

  @Test
  void should_match_prefixes_with_like_on_a_prefix_mode_sasi_index() {
    assertThat(docs.select().where(SearchDoc_.SHELF.eq("a"), SearchDoc_.BODY.like("Intro%")).list())
        .extracting(SearchDoc::number)
        .containsExactly(1, 2);
    assertThat(docs.select().where(SearchDoc_.BODY.like("Intro to%")).count()).isEqualTo(2);
  }

  @Test
  void should_refuse_like_on_a_column_the_schema_does_not_index_for_it() {
    // The prefix runs first: the shape is prepared, and the suffix of the same shape is refused.
    assertThat(docs.select().where(SearchDoc_.BODY.like("Intro to p%")).list()).hasSize(1);
    assertThatThrownBy(() -> docs.select().where(SearchDoc_.BODY.like("%pasta")).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE '%pasta' on column body of dsl_search_docs matches a suffix or a substring,"
                + " which needs a SASI index in CONTAINS mode, and its declared index is in"
                + " PREFIX mode: declare it with @Index(type = IndexType.SASI_CONTAINS) on"
                + " 'body', or match a prefix ('abc%')");
    assertThatThrownBy(() -> docs.select().where(SearchDoc_.AUTHOR.like("a%")).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column author of dsl_search_docs needs a SASI index on it, and the schema"
                + " has none (its storage-attached index does not serve LIKE in Cassandra 5.0):"
                + " declare one with @Index(type = IndexType.SASI_CONTAINS) on 'author', or"
                + " create one with CREATE CUSTOM INDEX ON "
                + keyspace
                + ".dsl_search_docs (author) USING 'org.apache.cassandra.index.sasi.SASIIndex'"
                + " WITH OPTIONS = {'mode': 'CONTAINS'} (the node needs sasi_indexes_enabled:"
                + " true)");
    assertThatThrownBy(() -> docs.select().where(SearchDoc_.WORDS.like("1%")).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column words of dsl_search_docs is refused: it holds int values, and LIKE"
                + " matches only text, varchar and ascii columns");
  }

  @Test
  void should_serve_like_from_a_sasi_index_made_by_hand_found_in_the_schema_metadata() {
    assertThat(docs.select().where(SearchDoc_.NOTE.like("no%")).list())
        .extracting(SearchDoc::note)
        .containsExactly("notes");
    assertThat(docs.select().where(SearchDoc_.NOTE.like("new")).count()).isEqualTo(1);
    assertThatThrownBy(() -> docs.select().where(SearchDoc_.NOTE.like("%new%")).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE '%new%' on column note of dsl_search_docs matches a suffix or a substring,"
                + " which needs a SASI index in CONTAINS mode, and docs_note_sasi is in PREFIX"
                + " mode: recreate it WITH OPTIONS = {'mode': 'CONTAINS'}, or match a prefix"
                + " ('abc%')");
  }

  @Test
  void should_create_the_declared_sasi_indexes_with_their_mode() {
    assertThat(SearchDocTable.INSTANCE.createIndexesCql(keyspace))
        .contains(
            "CREATE CUSTOM INDEX IF NOT EXISTS dsl_search_docs_title_idx ON "
                + keyspace
                + ".dsl_search_docs (title) USING "
                + SASI
                + " WITH OPTIONS = {'mode': 'CONTAINS'}");
    assertThat(
            session
                .metadata()
                .keyspace(keyspace)
                .orElseThrow()
                .table("dsl_search_docs")
                .orElseThrow()
                .indexes()
                .get("dsl_search_docs_body_idx")
                .options())
        .containsEntry("class_name", "org.apache.cassandra.index.sasi.SASIIndex")
        .containsEntry("mode", "PREFIX");
  }

  @Test
  void should_require_filtering_when_like_meets_another_index() {
    SelectQuery<SearchDoc, SearchDoc> withSai =
        docs.select().where(SearchDoc_.TITLE.like("%data%"), SearchDoc_.WORDS.gt(50));

    assertThatThrownBy(withSai::list)
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on dsl_search_docs needs ALLOW FILTERING: the SASI index serving LIKE on"
                + " title does not combine with another index, and 2 indexed columns are"
                + " restricted (title, words); restrict one, or call allowFiltering() to accept a"
                + " scan");
    assertThat(withSai.allowFiltering().list())
        .extracting(SearchDoc::title)
        .containsExactly("Big data at scale");
    assertThat(
            docs.select()
                .where(
                    SearchDoc_.SHELF.eq("a"),
                    SearchDoc_.NUMBER.gt(1),
                    SearchDoc_.TITLE.like("%data%"))
                .list())
        .extracting(SearchDoc::number)
        .containsExactly(2);
  }

  // --- token ranges -------------------------------------------------------------------------

  @Test
  void should_scan_a_table_in_four_token_slices_whose_union_is_the_table() {
    Map<String, Long> tokens = new HashMap<>();
    for (Row row : session.execute("SELECT sensor, day, token(sensor, day) FROM dsl_readings")) {
      tokens.put(row.getString(0) + "/" + row.getInt(1), row.getLong(2));
    }
    List<Reading> all = readings.select().list();
    List<Reading> union = new ArrayList<>();
    int shapesBefore = readings.preparedShapes();
    for (TokenRange range : TokenRange.ring().split(4)) {
      List<Reading> slice = readings.select().inTokenRange(range).list();
      for (Reading reading : slice) {
        assertThat(range.contains(tokens.get(reading.sensor() + "/" + reading.day()))).isTrue();
      }
      union.addAll(slice);
    }

    assertThat(union).hasSize(30).doesNotHaveDuplicates();
    assertThat(union).containsExactlyInAnyOrderElementsOf(all);
    assertThat(readings.preparedShapes()).isEqualTo(shapesBefore + 1);
  }

  @Test
  void should_bound_the_token_with_typed_gt_gte_lt_and_lte() {
    Token<Reading> token = Token.of(Reading_.SENSOR, Reading_.DAY);
    long middle = 0L;
    List<Reading> low = readings.select().where(token.lte(middle)).list();
    List<Reading> high = readings.select().where(token.gt(middle)).list();
    assertThat(low.size() + high.size()).isEqualTo(30);
    assertThat(low).doesNotContainAnyElementsOf(high);

    List<Reading> closed =
        readings.select().where(token.gte(Long.MIN_VALUE + 1), token.lt(Long.MAX_VALUE)).list();
    assertThat(closed).hasSize(30);
    assertThat(readings.select().where(token.gt(middle)).count()).isEqualTo(high.size());
  }

  // --- multi-column relations ---------------------------------------------------------------

  @Test
  void should_select_rows_after_a_tuple_of_two_clustering_columns() {
    ClusteringTuple2<RoomSlot, Integer, Integer> dayHour =
        ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR);

    List<RoomSlot> after = slots.select().where(RoomSlot_.ROOM.eq("r1"), dayHour.gt(2, 9)).list();

    assertThat(after)
        .extracting(s -> s.day() + ":" + s.hour() + ":" + s.minute())
        .containsExactly("2:10:0", "2:10:30", "2:11:0", "2:11:30");
  }

  @Test
  void should_select_a_slice_between_two_tuples_of_three_clustering_columns() {
    ClusteringTuple3<RoomSlot, Integer, Integer, Integer> at =
        ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR, RoomSlot_.MINUTE);

    List<RoomSlot> slice =
        slots
            .select()
            .where(RoomSlot_.ROOM.eq("r2"), at.gte(1, 11, 30), at.lt(2, 10, 0))
            .orderBy(RoomSlot_.DAY.desc(), RoomSlot_.HOUR.desc(), RoomSlot_.MINUTE.desc())
            .list();

    assertThat(slice)
        .extracting(s -> s.day() + ":" + s.hour() + ":" + s.minute())
        .containsExactly("2:9:30", "2:9:0", "1:11:30");
  }

  @Test
  void should_select_tuples_in_a_list_and_tuples_after_an_equality() {
    ClusteringTuple2<RoomSlot, Integer, Integer> dayHour =
        ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR);
    ClusteringTuple2<RoomSlot, Integer, Integer> hourMinute =
        ClusteringRef.tuple(RoomSlot_.HOUR, RoomSlot_.MINUTE);

    List<RoomSlot> in =
        slots
            .select()
            .where(
                RoomSlot_.ROOM.eq("r3"),
                dayHour.in(dayHour.values(1, 9), dayHour.values(2, 11), dayHour.values(3, 9)))
            .list();
    List<RoomSlot> afterEquality =
        slots
            .select()
            .where(RoomSlot_.ROOM.eq("r3"), RoomSlot_.DAY.eq(1), hourMinute.gt(10, 0))
            .list();

    assertThat(in)
        .extracting(s -> s.day() + ":" + s.hour() + ":" + s.minute())
        .containsExactly("1:9:0", "1:9:30", "2:11:0", "2:11:30");
    assertThat(afterEquality)
        .extracting(s -> s.hour() + ":" + s.minute())
        .containsExactly("10:30", "11:0", "11:30");
  }

  // --- DISTINCT -----------------------------------------------------------------------------

  @Test
  void should_select_one_row_per_partition_with_distinct() {
    SelectQuery<RoomSlot, Projection<RoomSlot>> rooms =
        slots.select(RoomSlot_.ROOM, RoomSlot_.BUILDING).distinct();

    assertThat(rooms.list())
        .extracting(p -> p.get(RoomSlot_.ROOM) + "@" + p.get(RoomSlot_.BUILDING))
        .containsExactlyInAnyOrder("r1@bldg-r1", "r2@bldg-r2", "r3@bldg-r3");
    assertThat(rooms.count()).isEqualTo(3);
    assertThat(rooms.where(RoomSlot_.ROOM.in("r1", "r3")).count()).isEqualTo(2);
    assertThat(rooms.limit(2).list()).hasSize(2);
    assertThat(slots.select().count()).isEqualTo(36);
  }

  @Test
  void should_refuse_distinct_of_clustering_columns_before_sending() {
    assertThatThrownBy(() -> slots.select(RoomSlot_.ROOM, RoomSlot_.DAY).distinct().list())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on dsl_room_slots may select only partition key and static columns,"
                + " not day: select(...) the partition key (room) and static columns only");
  }

  // --- projections mapped to records, tuples ------------------------------------------------

  record Booking(String room, int day, String title) {}

  @Test
  void should_map_projections_to_records_with_every_way_of_reading() throws Exception {
    SelectQuery<RoomSlot, Booking> bookings =
        slots
            .select(RoomSlot_.ROOM, RoomSlot_.DAY, RoomSlot_.TITLE)
            .where(RoomSlot_.ROOM.eq("r1"), RoomSlot_.DAY.eq(2), RoomSlot_.HOUR.eq(10))
            .map(
                p ->
                    new Booking(
                        p.get(RoomSlot_.ROOM), p.get(RoomSlot_.DAY), p.get(RoomSlot_.TITLE)));
    Booking expected = new Booking("r1", 2, "r1/2/10");

    assertThat(bookings.list()).containsExactly(expected, expected);
    assertThat(bookings.stream().map(Booking::title)).containsExactly("r1/2/10", "r1/2/10");
    assertThat(bookings.first()).contains(expected);
    assertThat(bookings.limit(1).one()).isEqualTo(expected);
    PagingIterable<Booking> page = bookings.pageSize(1).page();
    assertThat(page.availableWithoutFetching()).isEqualTo(1);
    assertThat(page.all()).containsExactly(expected, expected);
    assertThat(bookings.listAsync().toCompletableFuture().get(10, TimeUnit.SECONDS))
        .containsExactly(expected, expected);
    assertThat(bookings.firstAsync().toCompletableFuture().get(10, TimeUnit.SECONDS))
        .isEqualTo(Optional.of(expected));
    AsyncPage<Booking> first =
        bookings.pageSize(1).pageAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(first.currentPage()).containsExactly(expected);
  }

  @Test
  void should_read_projection_rows_as_lists_and_arrays_of_values() {
    SelectQuery<RoomSlot, List<Object>> tuples =
        slots
            .select(RoomSlot_.HOUR, RoomSlot_.MINUTE, RoomSlot_.TITLE)
            .where(RoomSlot_.ROOM.eq("r2"), RoomSlot_.DAY.eq(1))
            .limit(2)
            .map(Projection::values);

    assertThat(tuples.list()).containsExactly(List.of(9, 0, "r2/1/9"), List.of(9, 30, "r2/1/9"));
    Object[] array =
        slots
            .select(RoomSlot_.ROOM, RoomSlot_.BUILDING)
            .where(RoomSlot_.ROOM.eq("r3"))
            .first()
            .orElseThrow()
            .toArray();
    assertThat(array).containsExactly("r3", "bldg-r3");
  }

  // --- execution profile --------------------------------------------------------------------

  @Test
  void should_take_the_page_size_from_the_execution_profile_of_the_query() {
    try (Session profiled =
        newSession(
            builder ->
                builder
                    .keyspace(keyspace)
                    .executionProfile("small-pages", ExecutionProfile.DEFAULTS.withPageSize(4)))) {
      QueryTable<RoomSlot> profiledSlots = RoomSlot_.table(Mapper.builder(profiled).build());
      SelectQuery<RoomSlot, RoomSlot> r1 = profiledSlots.select().where(RoomSlot_.ROOM.eq("r1"));

      assertThat(r1.executionProfile("small-pages").page().availableWithoutFetching()).isEqualTo(4);
      assertThat(r1.page().availableWithoutFetching()).isEqualTo(12);
      assertThatThrownBy(() -> r1.executionProfile("no-such-profile").list())
          .hasMessageContaining("no-such-profile");
    }
  }

  // --- count with limits --------------------------------------------------------------------

  @Test
  void should_count_no_more_rows_than_the_limits_let_through() throws Exception {
    SelectQuery<RoomSlot, RoomSlot> r1 = slots.select().where(RoomSlot_.ROOM.eq("r1"));

    assertThat(r1.count()).isEqualTo(12);
    assertThat(r1.limit(5).count()).isEqualTo(5);
    assertThat(r1.limit(50).count()).isEqualTo(12);
    assertThat(slots.select().perPartitionLimit(2).count()).isEqualTo(6);
    assertThat(slots.select().perPartitionLimit(2).limit(5).count()).isEqualTo(5);
    assertThat(r1.limit(5).pageSize(2).countAsync().toCompletableFuture().get(10, TimeUnit.SECONDS))
        .isEqualTo(5);
    assertThat(r1.limit(5).count()).isEqualTo(r1.limit(5).list().size());
  }

  // --- one prepared statement per shape, the CQL once per query -----------------------------

  @Test
  void should_read_one_row_without_blocking_and_refuse_more_than_one() {
    SearchDoc first =
        docs.select()
            .where(SearchDoc_.SHELF.eq("a"), SearchDoc_.NUMBER.eq(1))
            .oneAsync()
            .toCompletableFuture()
            .join();
    SearchDoc none =
        docs.select().where(SearchDoc_.SHELF.eq("none")).oneAsync().toCompletableFuture().join();

    assertThat(first.title()).isEqualTo("Big data at scale");
    assertThat(none).isNull();
    assertThatThrownBy(
            () ->
                docs.select()
                    .where(SearchDoc_.SHELF.eq("a"))
                    .oneAsync()
                    .toCompletableFuture()
                    .join())
        .hasCauseInstanceOf(MapperException.class)
        .hasMessageContaining("Expected at most one row from SELECT")
        .hasMessageContaining("use first() or list()");
  }

  @Test
  void should_answer_one_and_one_async_alike_on_a_shape_first_run_and_later_ones() {
    // A shape not run before (its first call prepares it), then the same shape built per call and
    // kept, through one() and oneAsync(), with entity and mapped readers on the same shape.
    for (int i = 0; i < 3; i++) {
      SearchDoc sync =
          docs.select()
              .where(SearchDoc_.SHELF.eq("b"))
              .where(SearchDoc_.NUMBER.eq(2))
              .allowFiltering()
              .one();
      SearchDoc async =
          docs.select()
              .where(SearchDoc_.SHELF.eq("b"))
              .where(SearchDoc_.NUMBER.eq(1))
              .allowFiltering()
              .oneAsync()
              .toCompletableFuture()
              .join();
      assertThat(sync.title()).isEqualTo("Cooking");
      assertThat(async.title()).isEqualTo("Databases");
    }
    SelectQuery<SearchDoc, SearchDoc> kept =
        docs.select().where(SearchDoc_.SHELF.eq("a")).where(SearchDoc_.NUMBER.eq(2));
    SelectQuery<SearchDoc, String> keptTitle = kept.map(SearchDoc::title);
    for (int i = 0; i < 3; i++) {
      assertThat(kept.one().author()).isEqualTo("bob");
      assertThat(kept.oneAsync().toCompletableFuture().join().author()).isEqualTo("bob");
      assertThat(keptTitle.oneAsync().toCompletableFuture().join()).isEqualTo("Small data");
      assertThat(keptTitle.one()).isEqualTo("Small data");
    }
    // LIKE patterns, checked against the indexes on every call.
    for (int i = 0; i < 2; i++) {
      assertThat(docs.select().where(SearchDoc_.TITLE.like("%data")).one().number()).isEqualTo(2);
      assertThat(
              docs.select()
                  .where(SearchDoc_.TITLE.like("Data%"))
                  .oneAsync()
                  .toCompletableFuture()
                  .join()
                  .shelf())
          .isEqualTo("b");
    }

    // A null value: refused before sending, thrown by one(), failing the stage of oneAsync().
    SelectQuery<SearchDoc, SearchDoc> nullKey =
        docs.select().where(SearchDoc_.SHELF.eq("a")).where(SearchDoc_.NUMBER.eq(null));
    assertThatThrownBy(nullKey::one).isInstanceOf(InvalidRestrictionException.class);
    assertThatThrownBy(() -> nullKey.oneAsync().toCompletableFuture().join())
        .hasCauseInstanceOf(InvalidRestrictionException.class);
    // More than one row once the shape is prepared: refused by both, naming the statement.
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> docs.select().where(SearchDoc_.SHELF.eq("b")).one())
          .hasMessageContaining("Expected at most one row from SELECT");
      assertThatThrownBy(
              () ->
                  docs.select()
                      .where(SearchDoc_.SHELF.eq("b"))
                      .oneAsync()
                      .toCompletableFuture()
                      .join())
          .hasCauseInstanceOf(MapperException.class)
          .hasMessageContaining("Expected at most one row from SELECT");
    }
  }

  @Test
  void should_prepare_each_new_shape_once_whatever_the_values() {
    ClusteringTuple2<RoomSlot, Integer, Integer> dayHour =
        ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR);
    Set<String> texts = new HashSet<>();
    int before = slots.preparedShapes();
    for (int i = 0; i < 200; i++) {
      SelectQuery<RoomSlot, RoomSlot> query =
          slots.select().where(RoomSlot_.ROOM.eq("r" + (i % 3 + 1)), dayHour.gte(1, 9 + i % 3));
      texts.add(query.cql());
      assertThat(query.list()).isNotEmpty();
    }
    SelectQuery<RoomSlot, RoomSlot> kept = slots.select().where(RoomSlot_.ROOM.eq("r1"));
    for (int i = 0; i < 100; i++) {
      assertThat(kept.list()).hasSize(12);
    }

    assertThat(texts).hasSize(1);
    assertThat(kept.cql()).isSameAs(kept.cql());
    assertThat(slots.preparedShapes()).isEqualTo(before + 2);
  }
}
