package io.sibyl.it.dsl.cqlengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import io.sibyl.mapper.query.FilteringRequiredException;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.SelectQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * cqlengine's documentation examples of models, retrieving objects, filtering operators and query
 * sets, one test per example, written with Sibyl's query DSL and checked on a real node.
 */
class CqlengineQueryExamplesIT extends CqlengineExamplesBase {

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
}
