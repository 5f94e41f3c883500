package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.BatchRefusedException;
import io.sibyl.mapper.query.FilteringRequiredException;
import io.sibyl.mapper.query.InvalidConditionException;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.QueryValidationException;
import io.sibyl.mapper.query.SelectQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query examples of cqlengine's documentation (models, making queries, batches, and the model
 * and query set reference), one test per example, written with Sibyl's query DSL and checked by
 * their effect on a real node. docs/mapper/query-dsl.md shows each pair side by side.
 */
class CqlengineExamplesIT extends SessionITBase {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private static Mapper mapper;
  private static QueryTable<Automobile> automobiles;
  private static QueryTable<Person> people;
  private static QueryTable<PhotoComment> comments;
  private static QueryTable<ContainerRow> rows;
  private static QueryTable<NumberedRow> numbered;
  private static QueryTable<ExpiringUser> users;
  private static QueryTable<TransactionRow> transactions;
  private static QueryTable<ExampleModel> examples;
  private static QueryTable<LogEntry> logEntries;
  private static QueryTable<Resident> residents;
  private static QueryTable<PageHits> hits;

  /** cqlengine's {@code sync_table(...)} of every model: the schema manager creates them. */
  @BeforeAll
  static void syncTables() {
    mapper =
        Mapper.builder(session)
            .schemaEntities(
                Automobile.class,
                Person.class,
                PhotoComment.class,
                ContainerRow.class,
                NumberedRow.class,
                ExpiringUser.class,
                TransactionRow.class,
                ExampleModel.class,
                LogEntry.class,
                Resident.class,
                PageHits.class)
            .build();
    mapper.schema().apply();
    automobiles = Automobile_.table(mapper);
    people = Person_.table(mapper);
    comments = PhotoComment_.table(mapper);
    rows = ContainerRow_.table(mapper);
    numbered = NumberedRow_.table(mapper);
    users = ExpiringUser_.table(mapper);
    transactions = TransactionRow_.table(mapper);
    examples = ExampleModel_.table(mapper);
    logEntries = LogEntry_.table(mapper);
    residents = Resident_.table(mapper);
    hits = PageHits_.table(mapper);
  }

  /** The tables that some examples scan start empty; the others use keys of their own. */
  @BeforeEach
  void clear() {
    session.execute("TRUNCATE cqe_automobile");
    session.execute("TRUNCATE cqe_person");
  }

  private static void saveCars() {
    automobiles.save(new Automobile("Tesla", 2010, "Roadster", new BigDecimal("109000"), opts()));
    automobiles.save(
        new Automobile("Tesla", 2011, "Roadster 2.5", new BigDecimal("109000"), opts("sport")));
    automobiles.save(
        new Automobile("Tesla", 2012, "Model S", new BigDecimal("57400"), opts("backup camera")));
    automobiles.save(
        new Automobile("Tesla", 2013, "Model S P85", new BigDecimal("79900"), opts("sport")));
    automobiles.save(new Automobile("Honda", 2012, "Civic", new BigDecimal("18000"), opts()));
  }

  private static Set<String> opts(String... options) {
    return Set.of(options);
  }

  private static List<Integer> years(SelectQuery<Automobile, Automobile> query) {
    return query.list().stream().map(Automobile::year).toList();
  }

  private static Row one(String cql, Object... values) {
    return session.execute(cql, values).one();
  }

  /** A version-1 (time-based) UUID of {@code at}, as cqlengine's {@code TimeUUID} columns hold. */
  private static UUID timeUuid(Instant at) {
    long ticks = (at.toEpochMilli() + 12_219_292_800_000L) * 10_000;
    long msb =
        (ticks << 32) | ((ticks & 0xFFFF_0000_0000L) >>> 16) | 0x1000L | ((ticks >>> 48) & 0x0FFFL);
    return new UUID(msb, 0x8000_0000_0000_0000L | (at.getNano() + 1L));
  }

  // ---- Models ----

  @Test
  void syncTable() {
    assertThat(mapper.schema().plan().isEmpty()).isTrue();
    assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("cqe_person")).isPresent();
  }

  @Test
  void modelCreateAndAttributes() {
    UUID id = UUID.randomUUID();
    Person person = new Person(id, "Blake", "Eggleston");
    people.save(person);

    Person read = people.get(id);
    assertThat(read.firstName()).isEqualTo("Blake");
    assertThat(read.lastName()).isEqualTo("Eggleston");
  }

  @Test
  void clusteringOrderDescending() {
    UUID photo = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      comments.save(new PhotoComment(photo, timeUuid(NOW.plusSeconds(i)), "comment " + i));
    }

    assertThat(comments.select().where(PhotoComment_.PHOTO_ID.eq(photo)).list())
        .extracting(PhotoComment::comment)
        .containsExactly("comment 2", "comment 1", "comment 0");
  }

  /**
   * The smallest or greatest time UUID of {@code at}: the values of CQL's {@code minTimeuuid} and
   * {@code maxTimeuuid}, built client side.
   */
  private static UUID timeUuidBound(Instant at, boolean max) {
    UUID sample = timeUuid(at);
    return new UUID(
        sample.getMostSignificantBits(), max ? 0x7f7f_7f7f_7f7f_7f7fL : 0x8080_8080_8080_8080L);
  }

  @Test
  void timeUuidRangeFilter() {
    UUID stream = UUID.randomUUID();
    for (int day = 0; day < 5; day++) {
      comments.save(
          new PhotoComment(stream, timeUuid(NOW.plus(Duration.ofDays(day))), "day " + day));
    }

    assertThat(
            comments
                .select()
                .where(PhotoComment_.PHOTO_ID.eq(stream))
                .where(
                    PhotoComment_.COMMENT_ID.gt(timeUuidBound(NOW.plus(Duration.ofDays(1)), false)),
                    PhotoComment_.COMMENT_ID.lt(timeUuidBound(NOW.plus(Duration.ofDays(3)), true)))
                .list())
        .extracting(PhotoComment::comment)
        .containsExactly("day 3", "day 2", "day 1");
  }

  @Test
  void userDefinedType() {
    residents.save(new Resident("Joe", new StreetAddress("Easy St.", 99999)));

    Resident joe = residents.select().where(Resident_.NAME.eq("Joe")).list().get(0);
    assertThat(joe.addr()).isEqualTo(new StreetAddress("Easy St.", 99999));
  }

  // ---- Retrieving objects ----

  @Test
  void allObjects() {
    people.save(new Person(UUID.randomUUID(), "Ada", "Lovelace"));
    people.save(new Person(UUID.randomUUID(), "Alan", "Turing"));

    assertThat(people.select().list())
        .extracting(Person::lastName)
        .containsExactlyInAnyOrder("Lovelace", "Turing");
  }

  @Test
  void filterByPartitionKey() {
    saveCars();

    assertThat(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).list())
        .hasSize(4)
        .extracting(Automobile::manufacturer)
        .containsOnly("Tesla");
  }

  @Test
  void filterChained() {
    saveCars();
    SelectQuery<Automobile, Automobile> q =
        automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla"));
    q = q.where(Automobile_.YEAR.eq(2012));

    assertThat(q.list()).extracting(Automobile::model).containsExactly("Model S");
  }

  @Test
  void iteratingOverQuery() {
    saveCars();
    List<String> models = new ArrayList<>();
    for (Automobile car : automobiles.select().list()) {
      models.add(car.model());
    }
    automobiles.select().stream().forEach(car -> models.add(car.model()));

    assertThat(models).hasSize(10).contains("Civic", "Model S");
  }

  @Test
  void listIndexAndSlicing() {
    saveCars();
    SelectQuery<Automobile, Automobile> q =
        automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla"));

    assertThat(q.list().get(0).year()).isEqualTo(2010);
    assertThat(q.list().get(1).year()).isEqualTo(2011);
    assertThat(q.stream().skip(1).map(Automobile::year)).containsExactly(2011, 2012, 2013);
    assertThat(q.stream().skip(1).limit(2).map(Automobile::year)).containsExactly(2011, 2012);
  }

  @Test
  void getOnQuery() {
    saveCars();
    Automobile car =
        automobiles
            .select()
            .where(Automobile_.MANUFACTURER.eq("Tesla"))
            .where(Automobile_.YEAR.eq(2012))
            .one();

    assertThat(car.model()).isEqualTo("Model S");
    assertThat(
            automobiles
                .select()
                .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.eq(1999))
                .one())
        .isNull();
  }

  @Test
  void firstOnQuery() {
    saveCars();

    assertThat(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).first())
        .hasValueSatisfying(car -> assertThat(car.year()).isEqualTo(2010));
  }

  // ---- Filtering operators ----

  @Test
  void filteringWithEquals() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"))
                    .where(Automobile_.YEAR.eq(2012))))
        .containsExactly(2012);
  }

  @Test
  void filteringWithIn() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"))
                    .where(Automobile_.YEAR.in(2011, 2012))))
        .containsExactly(2011, 2012);
  }

  @Test
  void filteringWithGt() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.gt(2010))))
        .containsExactly(2011, 2012, 2013);
  }

  @Test
  void filteringWithGte() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.gte(2011))))
        .containsExactly(2011, 2012, 2013);
  }

  @Test
  void filteringWithLt() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.lt(2012))))
        .containsExactly(2010, 2011);
  }

  @Test
  void filteringWithLte() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.lte(2012))))
        .containsExactly(2010, 2011, 2012);
  }

  @Test
  void filteringWithContains() {
    saveCars();
    SelectQuery<Automobile, Automobile> q =
        automobiles
            .select()
            .where(Automobile_.MANUFACTURER.eq("Tesla"))
            .where(Automobile_.OPTIONS.contains("backup camera"));

    assertThatThrownBy(q::list).isInstanceOf(FilteringRequiredException.class);
    assertThat(years(q.allowFiltering())).containsExactly(2012);
  }

  @Test
  void allowFiltering() {
    saveCars();

    assertThat(automobiles.select().where(Automobile_.MODEL.eq("Civic")).allowFiltering().list())
        .extracting(Automobile::manufacturer)
        .containsExactly("Honda");
  }

  // ---- Query sets ----

  @Test
  void fetchSize() {
    saveCars();
    var page = automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).pageSize(3).page();

    assertThat(page.availableWithoutFetching()).isEqualTo(3);
    assertThat(page.pagingState()).isNotNull();
  }

  @Test
  void querySetsAreImmutable() {
    saveCars();
    SelectQuery<Automobile, Automobile> q =
        automobiles.select().where(Automobile_.YEAR.eq(2012)).allowFiltering();
    String before = q.cql();
    SelectQuery<Automobile, Automobile> tesla2012 = q.where(Automobile_.MANUFACTURER.eq("Tesla"));
    SelectQuery<Automobile, Automobile> honda2012 = q.where(Automobile_.MANUFACTURER.eq("Honda"));

    assertThat(q.cql()).isEqualTo(before);
    assertThat(tesla2012.one().model()).isEqualTo("Model S");
    assertThat(honda2012.one().model()).isEqualTo("Civic");
    assertThat(q.count()).isEqualTo(2);
  }

  @Test
  void orderByAscending() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"))
                    .orderBy(Automobile_.YEAR.asc())))
        .containsExactly(2010, 2011, 2012, 2013);
  }

  @Test
  void orderByDescending() {
    saveCars();

    assertThat(
            years(
                automobiles
                    .select()
                    .where(Automobile_.MANUFACTURER.eq("Tesla"))
                    .orderBy(Automobile_.YEAR.desc())))
        .containsExactly(2013, 2012, 2011, 2010);
  }

  @Test
  void valuesListFlat() {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(i);
    }
    java.util.Collections.shuffle(items);
    for (int i : items) {
      numbered.save(new NumberedRow(1, i, null));
    }

    List<Integer> values =
        numbered.select(NumberedRow_.CLUSTERING_KEY).list().stream()
            .map(p -> p.get(NumberedRow_.CLUSTERING_KEY))
            .toList();
    assertThat(values)
        .containsExactly(19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  }

  @Test
  void onlyColumns() {
    saveCars();

    List<Projection<Automobile>> found =
        automobiles
            .select(Automobile_.MODEL, Automobile_.PRICE)
            .where(Automobile_.MANUFACTURER.eq("Honda"))
            .list();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get(Automobile_.MODEL)).isEqualTo("Civic");
    assertThat(found.get(0).get(Automobile_.PRICE)).isEqualByComparingTo("18000");
    assertThat(found.get(0).row().columnDefinitions().size()).isEqualTo(2);
  }

  @Test
  void countRows() {
    saveCars();

    assertThat(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).count())
        .isEqualTo(4);
    assertThat(automobiles.select().count()).isEqualTo(5);
  }

  @Test
  void limitRows() {
    saveCars();

    assertThat(years(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla")).limit(2)))
        .containsExactly(2010, 2011);
  }

  @Test
  void consistencyPerQuery() {
    saveCars();
    SelectQuery<Automobile, Automobile> q =
        automobiles
            .select()
            .where(Automobile_.MANUFACTURER.eq("Tesla"))
            .consistency(Consistency.ONE);

    assertThat(q.statement().consistency()).isEqualTo(Consistency.ONE);
    assertThat(q.list()).hasSize(4);
  }

  @Test
  void perQueryTimeouts() {
    UUID id = UUID.randomUUID();
    Duration fifty = Duration.ofMillis(50_000);
    people
        .update()
        .set(Person_.FIRST_NAME.set("Jon"))
        .where(Person_.ID.eq(id))
        .timeout(fifty)
        .execute();
    people
        .update()
        .set(Person_.FIRST_NAME.set("Blake"))
        .where(Person_.ID.eq(id))
        .timeout(Duration.ofSeconds(5))
        .execute();

    SelectQuery<Person, Person> all = people.select().timeout(Duration.ofSeconds(5));
    assertThat(all.statement().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(all.list()).extracting(Person::firstName).containsExactly("Blake");
    people.delete().where(Person_.ID.eq(id)).timeout(Duration.ofSeconds(5)).execute();
    assertThat(people.get(id)).isNull();
  }

  @Test
  void asyncQueries() throws Exception {
    UUID id = UUID.randomUUID();
    people
        .saveAsync(new Person(id, "Ada", "Lovelace"))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);

    assertThat(
            people
                .select()
                .where(Person_.ID.eq(id))
                .firstAsync()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS))
        .hasValueSatisfying(p -> assertThat(p.lastName()).isEqualTo("Lovelace"));
    people
        .delete()
        .where(Person_.ID.eq(id))
        .executeAsync()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertThat(people.select().listAsync().toCompletableFuture().get(10, TimeUnit.SECONDS))
        .isEmpty();
  }

  // ---- TTL ----

  @Test
  void defaultTimeToLive() {
    users.save(new ExpiringUser(1, 20, "jon"));

    assertThat(one("SELECT ttl(age) FROM cqe_user WHERE user_id = 1").getInt(0)).isBetween(1, 20);
  }

  @Test
  void ttlOnUpdate() {
    users.save(new ExpiringUser(2, 20, "jon"));
    users
        .update()
        .set(ExpiringUser_.AGE.set(21))
        .where(ExpiringUser_.USER_ID.eq(2))
        .usingTtl(30)
        .execute();

    Row row = one("SELECT age, ttl(age), ttl(name) FROM cqe_user WHERE user_id = 2");
    assertThat(row.getInt(0)).isEqualTo(21);
    assertThat(row.getInt(1)).isBetween(21, 30);
    assertThat(row.getInt(2)).isBetween(1, 20);
  }

  @Test
  void ttlOnCreate() {
    users.insert(new ExpiringUser(3, 21, "jon")).usingTtl(10).execute();

    Row row = one("SELECT ttl(age), ttl(name) FROM cqe_user WHERE user_id = 3");
    assertThat(row.getInt(0)).isBetween(1, 10);
    assertThat(row.getInt(1)).isBetween(1, 10);
  }

  @Test
  void ttlExpiresRow() throws InterruptedException {
    users
        .update()
        .set(ExpiringUser_.AGE.set(21), ExpiringUser_.NAME.set("gone"))
        .where(ExpiringUser_.USER_ID.eq(4))
        .usingTtl(1)
        .execute();
    assertThat(users.get(4)).isNotNull();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (users.get(4) != null && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(users.get(4)).isNull();
  }

  // ---- Updates ----

  @Test
  void blindUpdate() {
    users.save(new ExpiringUser(5, 30, "jon"));
    users
        .update()
        .set(ExpiringUser_.NAME.set("Steve"))
        .where(ExpiringUser_.USER_ID.eq(5))
        .execute();

    assertThat(users.get(5).name()).isEqualTo("Steve");
  }

  @Test
  void updateToNull() {
    users.save(new ExpiringUser(6, 30, "jon"));
    users.update().set(ExpiringUser_.NAME.set(null)).where(ExpiringUser_.USER_ID.eq(6)).execute();

    ExpiringUser read = users.get(6);
    assertThat(read.name()).isNull();
    assertThat(read.age()).isEqualTo(30);
  }

  private static ContainerRow row(int id) {
    rows.save(new ContainerRow(id, Set.of(4, 5), List.of(3, 4, 5), Map.of(1, 10, 2, 20, 3, 30)));
    return rows.get(id);
  }

  @Test
  void setAdd() {
    row(11);
    rows.update()
        .set(ContainerRow_.SET_COLUMN.add(Set.of(6)))
        .where(ContainerRow_.ROW_ID.eq(11))
        .execute();

    assertThat(rows.get(11).setColumn()).containsExactlyInAnyOrder(4, 5, 6);
  }

  @Test
  void setRemove() {
    row(12);
    rows.update()
        .set(ContainerRow_.SET_COLUMN.remove(Set.of(4)))
        .where(ContainerRow_.ROW_ID.eq(12))
        .execute();

    assertThat(rows.get(12).setColumn()).containsExactly(5);
  }

  @Test
  void listAppend() {
    row(13);
    rows.update()
        .set(ContainerRow_.LIST_COLUMN.append(List.of(6, 7)))
        .where(ContainerRow_.ROW_ID.eq(13))
        .execute();

    assertThat(rows.get(13).listColumn()).containsExactly(3, 4, 5, 6, 7);
  }

  @Test
  void listPrepend() {
    row(14);
    rows.update()
        .set(ContainerRow_.LIST_COLUMN.prepend(List.of(1, 2)))
        .where(ContainerRow_.ROW_ID.eq(14))
        .execute();

    assertThat(rows.get(14).listColumn()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void listIndexSet() {
    row(15);
    rows.update()
        .set(ContainerRow_.LIST_COLUMN.setAt(1, 40))
        .where(ContainerRow_.ROW_ID.eq(15))
        .execute();

    assertThat(rows.get(15).listColumn()).containsExactly(3, 40, 5);
  }

  @Test
  void mapUpdate() {
    row(16);
    rows.update()
        .set(ContainerRow_.MAP_COLUMN.put(Map.of(1, 2, 3, 4)))
        .where(ContainerRow_.ROW_ID.eq(16))
        .execute();

    assertThat(rows.get(16).mapColumn()).isEqualTo(Map.of(1, 2, 2, 20, 3, 4));
  }

  @Test
  void mapRemove() {
    row(17);
    rows.update()
        .set(ContainerRow_.MAP_COLUMN.remove(Set.of(1, 2)))
        .where(ContainerRow_.ROW_ID.eq(17))
        .execute();

    assertThat(rows.get(17).mapColumn()).isEqualTo(Map.of(3, 30));
  }

  @Test
  void counterUpdate() {
    hits.update().set(PageHits_.HITS.increment(1)).where(PageHits_.PAGE.eq("/cqe")).execute();
    hits.update().set(PageHits_.HITS.increment(5)).where(PageHits_.PAGE.eq("/cqe")).execute();
    hits.update().set(PageHits_.HITS.decrement(2)).where(PageHits_.PAGE.eq("/cqe")).execute();

    assertThat(hits.get("/cqe").hits()).isEqualTo(4);
  }

  @Test
  void updateWithTimestamp() {
    long micros = NOW.toEpochMilli() * 1000;
    users.save(new ExpiringUser(7, 30, "jon"));
    users
        .update()
        .set(ExpiringUser_.NAME.set("old"))
        .where(ExpiringUser_.USER_ID.eq(7))
        .usingTimestamp(micros)
        .execute();

    assertThat(users.get(7).name()).isEqualTo("jon");
    assertThat(one("SELECT writetime(name) FROM cqe_user WHERE user_id = 7").getLong(0))
        .isGreaterThan(micros);
    users
        .update()
        .set(ExpiringUser_.AGE.set(31))
        .where(ExpiringUser_.USER_ID.eq(7))
        .usingTimestamp(Long.MAX_VALUE / 2)
        .execute();
    assertThat(one("SELECT writetime(age) FROM cqe_user WHERE user_id = 7").getLong(0))
        .isEqualTo(Long.MAX_VALUE / 2);
  }

  // ---- Lightweight transactions ----

  @Test
  void ifNotExistsCreate() {
    UUID id = UUID.randomUUID();
    assertThat(transactions.saveIfAbsent(new TransactionRow(id, 9, "111111111111")).wasApplied())
        .isTrue();

    LwtResult<TransactionRow> again =
        transactions.saveIfAbsent(new TransactionRow(id, 10, "222222222222"));
    assertThat(again.wasApplied()).isFalse();
    assertThat(again.current()).contains(new TransactionRow(id, 9, "111111111111"));
    assertThat(transactions.get(id).count()).isEqualTo(9);
  }

  @Test
  void ifExistsUpdate() {
    UUID id = UUID.randomUUID();
    LwtResult<TransactionRow> absent =
        transactions
            .update()
            .set(TransactionRow_.COUNT.set(9), TransactionRow_.TEXT.set("111111111111"))
            .where(TransactionRow_.ID.eq(id))
            .ifExists()
            .execute();
    assertThat(absent.wasApplied()).isFalse();
    assertThat(absent.current()).isEmpty();
    assertThat(transactions.get(id)).isNull();

    transactions.save(new TransactionRow(id, 1, "first"));
    assertThat(
            transactions
                .update()
                .set(TransactionRow_.COUNT.set(9), TransactionRow_.TEXT.set("111111111111"))
                .where(TransactionRow_.ID.eq(id))
                .ifExists()
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(transactions.get(id)).isEqualTo(new TransactionRow(id, 9, "111111111111"));
  }

  @Test
  void ifExistsDelete() {
    UUID id = UUID.randomUUID();
    assertThat(
            transactions
                .delete()
                .where(TransactionRow_.ID.eq(id))
                .ifExists()
                .execute()
                .wasApplied())
        .isFalse();

    transactions.save(new TransactionRow(id, 1, "x"));
    assertThat(
            transactions
                .delete()
                .where(TransactionRow_.ID.eq(id))
                .ifExists()
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(transactions.get(id)).isNull();
  }

  @Test
  void iffUpdate() {
    UUID id = UUID.randomUUID();
    transactions.save(new TransactionRow(id, 5, "some text"));

    LwtResult<TransactionRow> refused =
        transactions
            .update()
            .set(TransactionRow_.TEXT.set("other text"))
            .where(TransactionRow_.ID.eq(id))
            .onlyIf(TransactionRow_.COUNT.eq(6))
            .execute();
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(5));

    assertThat(
            transactions
                .update()
                .set(TransactionRow_.TEXT.set("other text"))
                .where(TransactionRow_.ID.eq(id))
                .onlyIf(TransactionRow_.COUNT.eq(5))
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(transactions.get(id).text()).isEqualTo("other text");
  }

  @Test
  void lwtRefusedOnCounterTables() {
    assertThatThrownBy(() -> hits.saveIfAbsent(new PageHits("/lwt", 1)))
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("holds counters");
    assertThatThrownBy(
            () ->
                hits.update()
                    .set(PageHits_.HITS.increment(1))
                    .where(PageHits_.PAGE.eq("/lwt"))
                    .ifExists()
                    .execute())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageContaining("counter table");
    assertThat(hits.get("/lwt")).isNull();
  }

  // ---- Deletes ----

  @Test
  void deleteInstance() {
    Person person = new Person(UUID.randomUUID(), "Jon", "Doe");
    people.save(person);
    people.delete(person);

    assertThat(people.get(person.id())).isNull();
  }

  @Test
  void deleteByQuery() {
    UUID id = UUID.randomUUID();
    examples.save(new ExampleModel(id, 0, NOW, "doomed"));
    examples.delete().where(ExampleModel_.EXAMPLE_ID.eq(id)).execute();

    assertThat(examples.get(id)).isNull();
  }

  @Test
  void deleteRowsByRange() {
    saveCars();
    automobiles
        .delete()
        .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.lt(2012))
        .execute();

    assertThat(years(automobiles.select().where(Automobile_.MANUFACTURER.eq("Tesla"))))
        .containsExactly(2012, 2013);
  }

  @Test
  void deleteColumns() {
    saveCars();
    automobiles
        .deleteColumns(Automobile_.PRICE, Automobile_.OPTIONS)
        .where(Automobile_.MANUFACTURER.eq("Tesla"), Automobile_.YEAR.eq(2012))
        .execute();

    Automobile car = automobiles.get("Tesla", 2012);
    assertThat(car.model()).isEqualTo("Model S");
    assertThat(car.price()).isNull();
    assertThat(car.options()).isNullOrEmpty();
  }

  @Test
  void deleteWithTimestamp() {
    users.save(new ExpiringUser(8, 30, "jon"));
    long past = NOW.toEpochMilli() * 1000;
    users.delete().where(ExpiringUser_.USER_ID.eq(8)).usingTimestamp(past).execute();
    assertThat(users.get(8)).isNotNull();

    long future = (System.currentTimeMillis() + 60_000) * 1000;
    users.delete().where(ExpiringUser_.USER_ID.eq(8)).usingTimestamp(future).execute();
    assertThat(users.get(8)).isNull();
  }

  // ---- Batches ----

  private static ExampleModel example(String description) {
    return new ExampleModel(UUID.randomUUID(), 0, NOW, description);
  }

  @Test
  void batchRefusesReads() {
    QueryBatch b = QueryBatch.logged(mapper);

    assertThatThrownBy(
            () ->
                b.add(
                    examples
                        .select()
                        .where(ExampleModel_.EXAMPLE_ID.eq(UUID.randomUUID()))
                        .statement()))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("run SELECT on its own");
    assertThat(b.size()).isZero();
  }

  @Test
  void batchContextManager() {
    ExampleModel em1 = example("1");
    ExampleModel em2 = example("2");
    ExampleModel em3 = example("3");
    try (QueryBatch b = QueryBatch.logged(mapper)) {
      examples.saveTo(b, em1);
      examples.saveTo(b, em2);
      examples.saveTo(b, em3);
      assertThat(examples.get(em1.exampleId())).isNull();
    }

    assertThat(List.of(em1, em2, em3))
        .allSatisfy(em -> assertThat(examples.get(em.exampleId())).isEqualTo(em));
  }

  @Test
  void batchManualExecute() {
    ExampleModel em1 = example("1");
    ExampleModel em2 = example("2");
    QueryBatch b = QueryBatch.logged(mapper);
    examples.saveTo(b, em1);
    examples.saveTo(b, em2);
    assertThat(examples.get(em1.exampleId())).isNull();
    b.execute();

    assertThat(examples.get(em1.exampleId())).isEqualTo(em1);
    assertThat(examples.get(em2.exampleId())).isEqualTo(em2);
  }

  @Test
  void batchUpdates() {
    ExampleModel em1 = example("1");
    ExampleModel em2 = example("2");
    examples.save(em1);
    examples.save(em2);

    QueryBatch b = QueryBatch.logged(mapper);
    examples.saveTo(b, new ExampleModel(em1.exampleId(), 0, em1.createdAt(), "new description"));
    examples
        .update()
        .set(ExampleModel_.DESCRIPTION.set("another new description"))
        .where(ExampleModel_.EXAMPLE_ID.eq(em2.exampleId()))
        .addTo(b);
    b.execute();

    assertThat(examples.get(em1.exampleId()).description()).isEqualTo("new description");
    assertThat(examples.get(em2.exampleId()).description()).isEqualTo("another new description");
  }

  @Test
  void batchDeletes() {
    ExampleModel em1 = example("1");
    ExampleModel em2 = example("2");
    examples.save(em1);
    examples.save(em2);

    QueryBatch b = QueryBatch.logged(mapper);
    examples.delete().where(ExampleModel_.EXAMPLE_ID.eq(em1.exampleId())).addTo(b);
    examples.delete().where(ExampleModel_.EXAMPLE_ID.eq(em2.exampleId())).addTo(b);
    b.execute();

    assertThat(examples.get(em1.exampleId())).isNull();
    assertThat(examples.get(em2.exampleId())).isNull();
  }

  @Test
  void batchExceptionSendsNothing() {
    List<String> called = new ArrayList<>();
    assertThatThrownBy(
            () ->
                QueryBatch.logged(mapper)
                    .run(
                        b -> {
                          b.onSuccess(() -> called.add("callback"));
                          logEntries.saveTo(b, new LogEntry(21, 1, "first"));
                          throw new IllegalStateException("mystery_function failed");
                        }))
        .hasMessage("mystery_function failed");

    assertThat(logEntries.select().where(LogEntry_.K.eq(21)).count()).isZero();
    assertThat(called).isEmpty();
  }

  @Test
  void batchExecuteOnException() {
    assertThatThrownBy(
            () -> {
              try (QueryBatch b = QueryBatch.logged(mapper)) {
                logEntries.saveTo(b, new LogEntry(22, 1, "kept"));
                mysteryFunction();
                logEntries.saveTo(b, new LogEntry(22, 2, "never reached"));
              }
            })
        .hasMessage("mystery_function failed");

    assertThat(logEntries.select().where(LogEntry_.K.eq(22)).list())
        .extracting(LogEntry::v)
        .containsExactly(1);
  }

  private static void mysteryFunction() {
    throw new IllegalStateException("mystery_function failed");
  }

  @Test
  void batchWithCallbacks() {
    List<String> calls = new ArrayList<>();
    QueryBatch batch = QueryBatch.logged(mapper);
    batch.onSuccess(() -> calls.add("my_callback()"));
    batch.onSuccess(() -> calls.add("my_callback('positional arg', named_arg='named arg value')"));
    batch.onSuccess(() -> calls.add("my_callback(cqlengine_batch=" + batch.size() + " statement)"));
    logEntries.saveTo(batch, new LogEntry(23, 1, "x"));
    assertThat(calls).isEmpty();

    batch.execute();

    assertThat(calls)
        .containsExactly(
            "my_callback()",
            "my_callback('positional arg', named_arg='named arg value')",
            "my_callback(cqlengine_batch=1 statement)");
    assertThat(logEntries.get(23, 1)).isNotNull();
  }

  @Test
  void batchUnlogged() {
    QueryBatch b = QueryBatch.unlogged(mapper);
    logEntries.saveTo(b, new LogEntry(24, 1, "v1"));
    logEntries.saveTo(b, new LogEntry(24, 2, "v2"));

    assertThat(b.statement().type()).isEqualTo(BatchStatement.Type.UNLOGGED);
    b.execute();
    assertThat(logEntries.select().where(LogEntry_.K.eq(24)).list())
        .extracting(LogEntry::message)
        .containsExactly("v1", "v2");
  }

  @Test
  void batchWithTimestamp() {
    long micros = (System.currentTimeMillis() - 60_000) * 1000;
    try (QueryBatch b = QueryBatch.logged(mapper).withTimestamp(micros)) {
      logEntries.saveTo(b, new LogEntry(25, 1, "a"));
      logEntries.saveTo(b, new LogEntry(25, 2, "b"));
    }

    assertThat(session.execute("SELECT writetime(message) FROM cqe_log_entry WHERE k = 25").all())
        .extracting(r -> r.getLong(0))
        .containsExactly(micros, micros);
  }

  @Test
  void batchWithTimeout() {
    QueryBatch b = QueryBatch.logged(mapper).withTimeout(Duration.ofSeconds(10));
    logEntries.saveTo(b, new LogEntry(26, 1, "Jon"));

    assertThat(b.statement().timeout()).isEqualTo(Duration.ofSeconds(10));
    b.execute();
    assertThat(logEntries.get(26, 1).message()).isEqualTo("Jon");
  }

  @Test
  void batchWithConsistency() {
    QueryBatch b = QueryBatch.logged(mapper).withConsistency(Consistency.QUORUM);
    logEntries.saveTo(b, new LogEntry(27, 1, "q"));

    assertThat(b.statement().consistency()).isEqualTo(Consistency.QUORUM);
    b.execute();
    assertThat(logEntries.get(27, 1)).isNotNull();
  }

  @Test
  void batchOfCounterUpdates() {
    QueryBatch.counter(mapper)
        .run(
            b -> {
              hits.update()
                  .set(PageHits_.HITS.increment(3))
                  .where(PageHits_.PAGE.eq("/b1"))
                  .addTo(b);
              hits.update()
                  .set(PageHits_.HITS.increment(4))
                  .where(PageHits_.PAGE.eq("/b2"))
                  .addTo(b);
            });

    assertThat(
            hits.select().where(PageHits_.PAGE.in("/b1", "/b2")).list().stream()
                .collect(Collectors.toMap(PageHits::page, PageHits::hits)))
        .isEqualTo(Map.of("/b1", 3L, "/b2", 4L));
  }
}
