package io.sibyl.it.docs;

import static io.sibyl.driver.Consistency.QUORUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Consistency;
import io.sibyl.it.dsl.Journal;
import io.sibyl.it.dsl.Journal_;
import io.sibyl.it.dsl.Post;
import io.sibyl.it.dsl.Post_;
import io.sibyl.it.dsl.Reading;
import io.sibyl.it.dsl.Reading_;
import io.sibyl.it.dsl.RoomSlot;
import io.sibyl.it.dsl.RoomSlot_;
import io.sibyl.it.dsl.SearchDoc;
import io.sibyl.it.dsl.SearchDoc_;
import io.sibyl.it.dsl.cqlengine.Automobile;
import io.sibyl.it.dsl.cqlengine.Automobile_;
import io.sibyl.it.mapper.model.Address;
import io.sibyl.it.mapper.model.Address_;
import io.sibyl.it.mapper.model.Customer;
import io.sibyl.it.mapper.model.Customer_;
import io.sibyl.it.mapper.model.Geo;
import io.sibyl.it.mapper.model.Geo_;
import io.sibyl.it.mapper.model.Order;
import io.sibyl.it.mapper.model.OrderRepository;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ClusteringTuple2;
import io.sibyl.mapper.metamodel.FieldSelection;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.metamodel.TokenRange;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.SelectQuery;
import io.sibyl.mapper.schema.SchemaMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the code docs/mapper/query-dsl.md shows: its Java blocks are regions of this file and of the
 * entities it uses (the query DSL tests' own), against the shared node.
 */
class QueryDslDocIT extends SessionITBase {
  private static final Logger log = LoggerFactory.getLogger(QueryDslDocIT.class);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Mapper mapper;
  private static QueryTable<Post> posts;

  private final List<Reading> processed = new ArrayList<>();
  private final List<String> saved = new ArrayList<>();

  @BeforeAll
  static void createSchema() {
    mapper =
        Mapper.builder(session)
            .schemaEntities(
                Post.class,
                Automobile.class,
                Journal.class,
                SearchDoc.class,
                RoomSlot.class,
                Reading.class,
                Customer.class,
                Order.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .build();
    posts = Post_.table(mapper);
  }

  @AfterAll
  static void closeMapper() {
    mapper.close();
  }

  @Test
  void should_save_and_read_posts_through_the_table_of_the_metamodel() {
    // tag::posts[]
    QueryTable<Post> posts = Post_.table(mapper);
    // end::posts[]

    posts.save(post("p0", 0, "first"));

    assertThat(posts.get("p0", T0).title()).isEqualTo("first");
  }

  @Test
  void should_read_automobiles_by_partition_key() {
    // tag::automobiles[]
    QueryTable<Automobile> automobiles = Automobile_.table(mapper);
    // end::automobiles[]

    automobiles.save(new Automobile("Tesla", 2012, "S", new BigDecimal("70000"), Set.of("wifi")));
    automobiles.save(new Automobile("Honda", 2011, "Civic", new BigDecimal("20000"), Set.of()));

    assertThat(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).list())
        .extracting(Automobile::model)
        .containsExactly("S");
  }

  @Test
  void should_select_recent_posts_and_update_one_under_a_condition() {
    for (int minute = 0; minute < 12; minute++) {
      posts.save(post("b1", minute, minute == 11 ? "draft" : "t" + minute));
    }
    Instant since = T0.plusSeconds(60 * 2);
    Instant at = T0.plusSeconds(60 * 11);

    // tag::select-and-update[]
    List<Post> recent =
        posts
            .select()
            .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.gte(since))
            .orderBy(Post_.POSTED_AT.desc())
            .limit(10)
            .list();

    LwtResult<Post> r =
        posts
            .update()
            .set(Post_.TITLE.set("renamed"), Post_.TAGS.add(Set.of("edited")))
            .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(at))
            .onlyIf(Post_.TITLE.eq("draft"))
            .execute();
    if (!r.wasApplied()) {
      r.current().ifPresent(current -> log.info("title is now {}", current.title()));
    }
    // end::select-and-update[]

    assertThat(recent).hasSize(10).first().extracting(Post::postedAt).isEqualTo(at);
    assertThat(recent).last().extracting(Post::postedAt).isEqualTo(T0.plusSeconds(60 * 2));
    assertThat(r.wasApplied()).isTrue();
    assertThat(posts.get("b1", at).title()).isEqualTo("renamed");
    assertThat(posts.get("b1", at).tags()).contains("edited");
    LwtResult<Post> again =
        posts
            .update()
            .set(Post_.TITLE.set("renamed twice"))
            .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(at))
            .onlyIf(Post_.TITLE.eq("draft"))
            .execute();
    assertThat(again.wasApplied()).isFalse();
    assertThat(again.current()).map(Post::title).contains("renamed");
  }

  @Test
  void should_delete_ranges_of_rows() {
    QueryTable<Journal> journal = Journal_.table(mapper);
    for (int day = 1; day <= 3; day++) {
      for (int seq = 1; seq <= 3; seq++) {
        journal.save(new Journal("ada", day, seq, "T", "text", List.of(), Map.of()));
      }
    }

    // tag::journal-delete[]
    journal
        .delete()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(2), Journal_.SEQ.gte(2))
        .execute();
    journal
        .delete()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.in(1, 3), Journal_.SEQ.lt(2))
        .execute();
    // end::journal-delete[]

    assertThat(journal.select().where(Journal_.OWNER.eq("ada")).list())
        .extracting(entry -> entry.day() + ":" + entry.seq())
        .containsExactly("1:2", "1:3", "2:1", "3:2", "3:3");
  }

  @Test
  void should_run_a_batch_of_dsl_writes_and_repository_statements_then_its_callbacks() {
    OrderRepository orders = mapper.repository(OrderRepository.class);
    Order order =
        new Order(
            UUID.randomUUID(), T0, UUID.randomUUID(), "Ada", "NEW", BigDecimal.TEN, List.of());
    Instant t0 = T0;
    Instant t1 = T0.plusSeconds(60);
    posts.save(post("b2", 0, "first"));
    posts.save(post("b3", 0, "gone"));
    // Later than the saves above, so that the batch's delete shadows one.
    long micros = (System.currentTimeMillis() + 60_000) * 1000;

    // tag::batch[]
    try (QueryBatch b = QueryBatch.logged(mapper).withTimestamp(micros).withConsistency(QUORUM)) {
      posts.saveTo(b, new Post("b3", t1, "Blog", "new", "text", 0, List.of(), Set.of(), Map.of()));
      posts
          .update()
          .set(Post_.TITLE.set("second"))
          .where(Post_.BLOG.eq("b2"), Post_.POSTED_AT.eq(t0))
          .addTo(b);
      posts.delete().where(Post_.BLOG.eq("b3"), Post_.POSTED_AT.eq(t0)).addTo(b);
      b.add(orders.saveStatement(order)); // a repository method returning BoundStatement
      b.onSuccess(this::logSaved);
    } // the batch runs here, then the callbacks
    // end::batch[]

    assertThat(saved).containsExactly("saved");
    assertThat(posts.get("b3", t1).title()).isEqualTo("new");
    assertThat(posts.get("b2", t0).title()).isEqualTo("second");
    assertThat(posts.get("b3", t0)).isNull();
    assertThat(orders.findPartition(order.customerId())).containsExactly(order);
  }

  @Test
  void should_insert_with_options() throws Exception {
    Post post = post("b4", 0, "inserted");
    long micros = (System.currentTimeMillis() + 60_000) * 1000;
    try (QueryBatch batch = QueryBatch.unlogged(mapper)) {
      // tag::insert-options[]
      posts.insert(post).usingTtl(60).execute(); // INSERT ... USING TTL ?
      posts.insert(post).usingTimestamp(micros).addTo(batch); // in a batch
      LwtResult<Post> r =
          posts.insert(post).ifNotExists().execute(); // r.current(): the existing row
      CompletionStage<LwtResult<Post>> written =
          posts.insert(post).consistency(Consistency.QUORUM).executeAsync();
      // end::insert-options[]

      assertThat(r.wasApplied()).isFalse();
      assertThat(r.current()).contains(post);
      assertThat(written.toCompletableFuture().get().wasApplied()).isTrue();
      assertThat(
              session.execute("SELECT ttl(body) FROM dsl_posts WHERE blog = 'b4'").one().isNull(0))
          .isTrue();
    }

    assertThat(
            session
                .execute("SELECT writetime(title) FROM dsl_posts WHERE blog = 'b4'")
                .one()
                .getLong(0))
        .isEqualTo(micros);
  }

  @Test
  void should_select_single_fields_of_a_user_type_column() {
    QueryTable<Customer> customers = Customer_.table(mapper);
    UUID id = UUID.randomUUID();
    Address home = new Address("1 Analytical Way", 12345, new Geo(51.5, -0.12), List.of());
    customers.save(new Customer(id, "Ada", home, List.of(), Map.of(), Set.of()));

    // tag::udt-fields[]
    FieldSelection<Customer, String> street = Address_.STREET.of(Customer_.HOME);
    FieldSelection<Customer, Double> lat = Geo_.LAT.of(Address_.GEO.of(Customer_.HOME));

    // SELECT home.street, home.geo.lat FROM customers WHERE id = ?
    Projection<Customer> row = customers.select(street, lat).where(Customer_.ID.eq(id)).one();
    String streetName = row.get(street);
    Double latitude = row.get(lat);
    // end::udt-fields[]

    assertThat(streetName).isEqualTo("1 Analytical Way");
    assertThat(latitude).isEqualTo(51.5);
  }

  @Test
  void should_match_like_patterns_on_sasi_indexes() {
    QueryTable<SearchDoc> docs = SearchDoc_.table(mapper);
    docs.save(new SearchDoc("a", 1, "Big data systems", "Intro to data", null, "ann", 100));
    docs.save(new SearchDoc("a", 2, "Cooking", "Intro to pasta", null, "bob", 20));
    docs.save(new SearchDoc("a", 3, "Gardening", "Roses", null, "cy", 10));

    // tag::like[]
    List<SearchDoc> aboutData =
        docs.select().where(SearchDoc_.TITLE.like("%data%")).list(); // substring
    List<SearchDoc> intros = docs.select().where(SearchDoc_.BODY.like("Intro%")).list(); // prefix
    // end::like[]

    assertThat(aboutData).extracting(SearchDoc::number).containsExactly(1);
    assertThat(intros).extracting(SearchDoc::number).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void should_select_each_partition_once_with_distinct() {
    QueryTable<RoomSlot> slots = roomSlots();

    // tag::distinct[]
    List<Projection<RoomSlot>> rooms =
        slots.select(RoomSlot_.ROOM, RoomSlot_.BUILDING).distinct().list(); // one row per partition
    // end::distinct[]

    assertThat(rooms)
        .extracting(p -> p.get(RoomSlot_.ROOM) + "@" + p.get(RoomSlot_.BUILDING))
        .containsExactlyInAnyOrder("r1@main", "r2@annex");
  }

  @Test
  void should_read_the_table_by_token_ranges() {
    QueryTable<Reading> readings = Reading_.table(mapper);
    for (int i = 0; i < 20; i++) {
      readings.save(new Reading("s" + (i % 5), i / 5, i, i * 1.5));
    }
    long from = 0;
    long to = Long.MAX_VALUE;

    // tag::token[]
    for (TokenRange range : TokenRange.ring().split(4)) { // (start, end] slices
      readings.select().inTokenRange(range).stream().forEach(this::process);
    }
    Token<Reading> token = Token.of(Reading_.SENSOR, Reading_.DAY); // the whole partition key
    // ... WHERE token(sensor, day) > ? AND token(sensor, day) <= ?
    List<Reading> upper = readings.select().where(token.gt(from), token.lte(to)).list();
    // end::token[]

    assertThat(processed).hasSize(20).doesNotHaveDuplicates();
    long positive =
        session
            .execute("SELECT count(*) FROM dsl_readings WHERE token(sensor, day) > 0")
            .one()
            .getLong(0);
    assertThat(upper).hasSize((int) positive);
  }

  @Test
  void should_restrict_tuples_of_clustering_columns() {
    QueryTable<RoomSlot> slots = roomSlots();

    // tag::tuples[]
    ClusteringTuple2<RoomSlot, Integer, Integer> dayHour =
        ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR);
    // ... WHERE room = ? AND (day, hour) > (?, ?)
    List<RoomSlot> after = slots.select().where(RoomSlot_.ROOM.eq("r1"), dayHour.gt(2, 9)).list();
    List<RoomSlot> either =
        slots
            .select()
            .where(RoomSlot_.ROOM.eq("r1"), dayHour.in(dayHour.values(1, 9), dayHour.values(2, 11)))
            .list();
    List<RoomSlot> upTo =
        slots
            .select()
            .where(
                RoomSlot_.ROOM.eq("r1"),
                ClusteringRef.tuple(RoomSlot_.DAY, RoomSlot_.HOUR, RoomSlot_.MINUTE).lte(2, 10, 30))
            .list();
    // end::tuples[]

    assertThat(after).extracting(RoomSlot::title).containsExactly("review", "retro");
    assertThat(either).extracting(RoomSlot::title).containsExactly("standup", "retro");
    assertThat(upTo).extracting(RoomSlot::title).containsExactly("standup", "review");
  }

  @Test
  void should_map_projections_into_own_types() throws Exception {
    QueryTable<RoomSlot> slots = roomSlots();

    // tag::projection[]
    record Booking(String room, int day, String title) {}
    SelectQuery<RoomSlot, Booking> bookings =
        slots
            .select(RoomSlot_.ROOM, RoomSlot_.DAY, RoomSlot_.TITLE)
            .where(RoomSlot_.ROOM.eq("r1"))
            .map(
                p ->
                    new Booking(
                        p.get(RoomSlot_.ROOM), p.get(RoomSlot_.DAY), p.get(RoomSlot_.TITLE)));
    List<Booking> all = bookings.list(); // every way of reading
    Optional<Booking> first = bookings.first();
    CompletionStage<AsyncPage<Booking>> page = bookings.pageAsync();
    SelectQuery<RoomSlot, List<Object>> rows =
        slots.select(RoomSlot_.HOUR, RoomSlot_.TITLE).map(Projection::values); // List<Object> rows
    // end::projection[]

    assertThat(all)
        .containsExactly(
            new Booking("r1", 1, "standup"),
            new Booking("r1", 2, "review"),
            new Booking("r1", 2, "retro"));
    assertThat(first).contains(new Booking("r1", 1, "standup"));
    assertThat(page.toCompletableFuture().get().currentPage()).hasSize(3);
    assertThat(rows.list()).contains(List.of(9, "standup"), List.of(11, "lunch"));
  }

  /** Two rooms: r1 (main building) with three slots, r2 (annex) with one. */
  private static QueryTable<RoomSlot> roomSlots() {
    QueryTable<RoomSlot> slots = RoomSlot_.table(mapper);
    slots.save(new RoomSlot("r1", 1, 9, 0, "main", "standup"));
    slots.save(new RoomSlot("r1", 2, 10, 0, "main", "review"));
    slots.save(new RoomSlot("r1", 2, 11, 0, "main", "retro"));
    slots.save(new RoomSlot("r2", 1, 11, 0, "annex", "lunch"));
    return slots;
  }

  private static Post post(String blog, int minute, String title) {
    return new Post(
        blog,
        T0.plusSeconds(60L * minute),
        "Blog " + blog,
        title,
        "body",
        minute,
        List.of(),
        Set.of(),
        Map.of());
  }

  private void process(Reading reading) {
    processed.add(reading);
  }

  private void logSaved() {
    saved.add("saved");
  }
}
