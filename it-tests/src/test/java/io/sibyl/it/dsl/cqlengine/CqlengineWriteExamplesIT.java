package io.sibyl.it.dsl.cqlengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.Row;
import io.sibyl.it.dsl.PageHits;
import io.sibyl.it.dsl.PageHits_;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.query.BatchRefusedException;
import io.sibyl.mapper.query.InvalidConditionException;
import io.sibyl.mapper.query.QueryBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * cqlengine's documentation examples of TTLs, updates, lightweight transactions, deletes and
 * batches, one test per example, written with Sibyl's query DSL and checked on a real node.
 */
class CqlengineWriteExamplesIT extends CqlengineExamplesBase {

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
        .isInstanceOf(InvalidDslQueryException.class)
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
