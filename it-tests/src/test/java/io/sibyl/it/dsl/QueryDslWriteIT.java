package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.BatchRefusedException;
import io.sibyl.mapper.query.DeleteQuery;
import io.sibyl.mapper.query.InvalidConditionException;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.UpdateQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The update and delete forms of the query DSL against a real node: collection elements, ranges of
 * clustering columns, conditions and their current values, and the shapes that are refused before
 * sending (each also shown to be refused by the server).
 */
class QueryDslWriteIT extends SessionITBase {

  private static Mapper mapper;
  private static QueryTable<Journal> journal;
  private static QueryTable<PageHits> hits;

  @BeforeAll
  static void createSchema() {
    session.execute(JournalTable.INSTANCE.createTableCql(keyspace));
    session.execute(PageHitsTable.INSTANCE.createTableCql(keyspace));
    mapper = Mapper.builder(session).build();
    journal = Journal_.table(mapper);
    hits = PageHits_.table(mapper);
  }

  @BeforeEach
  void fill() {
    session.execute("TRUNCATE dsl_journal");
    for (int day = 1; day <= 3; day++) {
      for (int seq = 1; seq <= 3; seq++) {
        journal.save(
            new Journal(
                "ada",
                day,
                seq,
                "Notes",
                "entry " + day + "." + seq,
                List.of("a", "b", "c", "b"),
                Map.of("x", 1, "y", 2)));
      }
    }
  }

  private static List<String> entries() {
    return journal.select().where(Journal_.OWNER.eq("ada")).list().stream()
        .map(j -> j.day() + "." + j.seq())
        .toList();
  }

  private static UpdateQuery<Journal> updateOf(int day, int seq) {
    return journal
        .update()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(day), Journal_.SEQ.eq(seq));
  }

  private static DeleteQuery<Journal> keyed(DeleteQuery<Journal> delete, int day, int seq) {
    return delete.where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(day), Journal_.SEQ.eq(seq));
  }

  @Test
  void should_insert_with_a_ttl_a_timestamp_and_a_condition() {
    Journal entry = new Journal("bob", 1, 1, "T", "first", List.of("a"), Map.of("k", 1));

    journal.insert(entry).usingTtl(300).usingTimestamp(1_000_000L).execute();
    Row written =
        session
            .execute("SELECT ttl(text), writetime(text) FROM dsl_journal WHERE owner = 'bob'")
            .one();
    LwtResult<Journal> refused =
        journal
            .insert(new Journal("bob", 1, 1, "T", "second", List.of(), Map.of()))
            .ifNotExists()
            .execute();
    LwtResult<Journal> applied =
        journal
            .insert(new Journal("bob", 1, 2, "T", "other", List.of(), Map.of()))
            .ifNotExists()
            .executeAsync()
            .toCompletableFuture()
            .join();

    assertThat(written.getInt(0)).isBetween(290, 300);
    assertThat(written.getLong(1)).isEqualTo(1_000_000L);
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).contains(entry);
    assertThat(applied.wasApplied()).isTrue();
    assertThat(journal.get("bob", 1, 1).text()).isEqualTo("first");
  }

  @Test
  void should_add_inserts_with_options_to_a_batch() {
    QueryBatch.logged(mapper)
        .run(
            batch -> {
              journal
                  .insert(new Journal("eve", 1, 1, "T", "a", List.of(), Map.of()))
                  .usingTtl(100)
                  .addTo(batch);
              journal.insert(new Journal("eve", 1, 2, "T", "b", List.of(), Map.of())).addTo(batch);
            });

    assertThat(
            session
                .execute("SELECT seq, ttl(text) FROM dsl_journal WHERE owner = 'eve'")
                .all()
                .stream()
                .map(r -> r.getInt(0) + ":" + (r.isNull(1) ? "none" : "ttl")))
        .containsExactly("1:ttl", "2:none");
  }

  @Test
  void should_set_a_list_element_by_index_and_remove_a_map_key_and_list_values() {
    updateOf(1, 1)
        .set(
            Journal_.LOG.setAt(2, "C"),
            Journal_.ATTRS.removeKey("x"),
            Journal_.ATTRS.put("z", 3),
            Journal_.LOG.remove("b"))
        .execute();

    Journal entry = journal.get("ada", 1, 1);
    assertThat(entry.log()).containsExactly("a", "C");
    assertThat(entry.attrs()).isEqualTo(Map.of("y", 2, "z", 3));
  }

  @Test
  void should_remove_a_list_element_set_to_null_and_refuse_an_index_past_the_end() {
    updateOf(1, 3).set(Journal_.LOG.setAt(1, null)).execute();
    assertThat(journal.get("ada", 1, 3).log()).containsExactly("a", "c", "b");

    assertThatThrownBy(() -> updateOf(1, 3).set(Journal_.LOG.setAt(3, "x")).execute())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("out of bound");
  }

  @Test
  void should_prepare_an_element_update_once_for_any_index_and_value() {
    updateOf(1, 1).set(Journal_.LOG.setAt(0, "warm-up")).execute();
    int shapes = journal.preparedShapes();

    for (int i = 0; i < 4; i++) {
      updateOf(1, 2).set(Journal_.LOG.setAt(i, "v" + i)).execute();
    }

    assertThat(journal.preparedShapes()).isEqualTo(shapes);
    assertThat(journal.get("ada", 1, 2).log()).containsExactly("v0", "v1", "v2", "v3");
  }

  @Test
  void should_delete_one_list_element_and_one_map_entry() {
    DeleteQuery<Journal> delete =
        keyed(journal.delete().elements(Journal_.LOG.at(0), Journal_.ATTRS.key("y")), 2, 2);
    delete.execute();

    Journal entry = journal.get("ada", 2, 2);
    assertThat(entry.log()).containsExactly("b", "c", "b");
    assertThat(entry.attrs()).isEqualTo(Map.of("x", 1));
    assertThat(entry.text()).isEqualTo("entry 2.2");
    assertThat(delete.statement().idempotent()).isFalse();
    assertThat(
            keyed(journal.delete().elements(Journal_.ATTRS.key("x")), 2, 2)
                .statement()
                .idempotent())
        .isTrue();
  }

  @Test
  void should_delete_a_range_of_rows_after_a_fixed_prefix() {
    journal
        .delete()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(2), Journal_.SEQ.gte(2))
        .execute();
    journal
        .delete()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.in(1, 3), Journal_.SEQ.lt(2))
        .execute();

    assertThat(entries()).containsExactly("1.2", "1.3", "2.1", "3.2", "3.3");
    journal
        .delete()
        .where(Journal_.OWNER.eq("ada"), Journal_.DAY.gt(1), Journal_.DAY.lte(2))
        .usingTimestamp(Long.MAX_VALUE / 2)
        .execute();
    assertThat(entries()).containsExactly("1.2", "1.3", "3.2", "3.3");
  }

  @Test
  void should_delete_static_columns_with_the_partition_key_only() {
    journal.deleteColumns(Journal_.TITLE).where(Journal_.OWNER.eq("ada")).execute();

    assertThat(journal.get("ada", 3, 3).title()).isNull();
    assertThat(journal.get("ada", 3, 3).text()).isEqualTo("entry 3.3");
  }

  @Test
  void should_report_the_current_values_when_a_conditional_delete_is_not_applied() {
    LwtResult<Journal> refused =
        keyed(journal.delete(), 1, 1)
            .onlyIf(Journal_.TEXT.eq("other"), Journal_.TITLE.eq("Notes"))
            .execute();

    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current())
        .hasValueSatisfying(
            current -> {
              assertThat(current.text()).isEqualTo("entry 1.1");
              assertThat(current.title()).isEqualTo("Notes");
            });
    assertThat(keyed(journal.delete(), 1, 1).onlyIf(Journal_.TEXT.eq("entry 1.1")).execute())
        .matches(LwtResult::wasApplied);
    assertThat(journal.get("ada", 1, 1)).isNull();
    LwtResult<Journal> absent = keyed(journal.delete(), 1, 1).ifExists().execute();
    assertThat(absent.wasApplied()).isFalse();
    assertThat(absent.current()).isEmpty();
  }

  @Test
  void should_report_the_current_values_when_a_conditional_update_is_not_applied() {
    LwtResult<Journal> refused =
        updateOf(2, 1)
            .set(Journal_.TEXT.set("changed"), Journal_.LOG.setAt(0, "z"))
            .onlyIf(Journal_.TEXT.eq("entry 2.1"), Journal_.TITLE.eq("Other"))
            .execute();

    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current())
        .hasValueSatisfying(
            current -> {
              assertThat(current.text()).isEqualTo("entry 2.1");
              assertThat(current.title()).isEqualTo("Notes");
            });
    assertThat(
            updateOf(2, 1)
                .set(Journal_.TEXT.set("changed"), Journal_.LOG.setAt(0, "z"))
                .ifExists()
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(journal.get("ada", 2, 1).log()).startsWith("z");
    LwtResult<Journal> absent =
        journal
            .update()
            .set(Journal_.TEXT.set("x"))
            .where(Journal_.OWNER.eq("nobody"), Journal_.DAY.eq(1), Journal_.SEQ.eq(1))
            .ifExists()
            .executeAsync()
            .toCompletableFuture()
            .join();
    assertThat(absent.wasApplied()).isFalse();
    assertThat(absent.current()).isEmpty();
  }

  /** Runs the query's CQL directly, to show the server refuses what the DSL refused. */
  private static void assertServerRefuses(String cql, Object... values) {
    assertThatThrownBy(() -> session.execute(cql, values))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void should_refuse_delete_shapes_that_the_server_refuses() {
    DeleteQuery<Journal> rangeAfterRange =
        journal.delete().where(Journal_.OWNER.eq("ada"), Journal_.DAY.gt(1), Journal_.SEQ.gt(1));
    assertThatThrownBy(rangeAfterRange::execute)
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("has a range on clustering column day, so it cannot restrict seq");
    assertServerRefuses(rangeAfterRange.cql(), "ada", 1, 1);

    DeleteQuery<Journal> gap = journal.delete().where(Journal_.OWNER.eq("ada"), Journal_.SEQ.gt(1));
    assertThatThrownBy(gap::execute)
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("restricts clustering column seq but not day before it");
    assertServerRefuses(gap.cql(), "ada", 1);

    DeleteQuery<Journal> elementOfRange =
        journal
            .delete()
            .elements(Journal_.LOG.at(0))
            .where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(1), Journal_.SEQ.gt(1));
    assertThatThrownBy(elementOfRange::execute)
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("but seq has a range");
    assertServerRefuses(elementOfRange.cql(), 0, "ada", 1, 1);

    DeleteQuery<Journal> staticOfRow =
        journal.deleteColumns(Journal_.TITLE).where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(1));
    assertThatThrownBy(staticOfRow::execute)
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("drop the where(...) on day");
    assertServerRefuses(staticOfRow.cql(), "ada", 1);

    DeleteQuery<Journal> conditionalPrefix =
        journal.delete().where(Journal_.OWNER.eq("ada"), Journal_.DAY.eq(1)).ifExists();
    assertThatThrownBy(conditionalPrefix::execute)
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageContaining("but seq is not restricted");
    assertServerRefuses(conditionalPrefix.cql(), "ada", 1);

    assertThat(entries()).hasSize(9);
  }

  @Test
  void should_refuse_condition_shapes_that_the_server_refuses() {
    UpdateQuery<Journal> timestamped =
        updateOf(1, 1).set(Journal_.TEXT.set("t")).ifExists().usingTimestamp(1L);
    assertThatThrownBy(timestamped::execute)
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageContaining("drop usingTimestamp(...)");
    assertServerRefuses(timestamped.cql(), 1L, "t", "ada", 1, 1);

    UpdateQuery<Journal> withIn =
        journal
            .update()
            .set(Journal_.TEXT.set("t"))
            .where(Journal_.OWNER.eq("ada"), Journal_.DAY.in(1, 2), Journal_.SEQ.eq(1))
            .onlyIf(Journal_.TEXT.eq("entry 1.1"));
    assertThatThrownBy(withIn::execute)
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageContaining("day is restricted with in()");
    assertServerRefuses(withIn.cql(), "t", "ada", List.of(1, 2), 1, "entry 1.1");

    UpdateQuery<PageHits> conditionalCounter =
        hits.update().set(PageHits_.HITS.increment(1)).where(PageHits_.PAGE.eq("/")).ifExists();
    assertThatThrownBy(conditionalCounter::execute)
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageContaining("counter table");
    assertServerRefuses(conditionalCounter.cql(), 1L, "/");

    UpdateQuery<PageHits> expiringCounter =
        hits.update().set(PageHits_.HITS.increment(1)).where(PageHits_.PAGE.eq("/")).usingTtl(5);
    assertThatThrownBy(expiringCounter::execute)
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessageContaining("drop usingTtl(...)");
    assertServerRefuses(expiringCounter.cql(), 5, 1L, "/");

    assertThat(journal.get("ada", 1, 1).text()).isEqualTo("entry 1.1");
  }

  @Test
  void should_refuse_a_statement_timestamp_under_a_batch_timestamp() {
    long later = (System.currentTimeMillis() + 60_000) * 1000;
    QueryBatch batch = QueryBatch.logged(mapper).withTimestamp(later);
    assertThatThrownBy(
            () -> updateOf(1, 1).set(Journal_.TEXT.set("t")).usingTimestamp(7L).addTo(batch))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("it sets its own timestamp (USING TIMESTAMP)");
    assertServerRefuses(
        "BEGIN BATCH USING TIMESTAMP 42 UPDATE dsl_journal USING TIMESTAMP 7 SET text = 't'"
            + " WHERE owner = 'ada' AND day = 1 AND seq = 1; APPLY BATCH");

    assertThatThrownBy(() -> QueryBatch.counter(mapper).withTimestamp(42L))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("counter batch");
    assertServerRefuses(
        "BEGIN COUNTER BATCH USING TIMESTAMP 42 UPDATE dsl_page_hits SET hits = hits + 1"
            + " WHERE page = '/'; APPLY BATCH");

    updateOf(1, 1).set(Journal_.LOG.setAt(1, "B")).addTo(batch);
    keyed(journal.delete().elements(Journal_.ATTRS.key("x")), 1, 1).addTo(batch);
    batch.execute();
    assertThat(journal.get("ada", 1, 1).log()).containsExactly("a", "B", "c", "b");
    assertThat(journal.get("ada", 1, 1).attrs()).isEqualTo(Map.of("y", 2));
  }
}
