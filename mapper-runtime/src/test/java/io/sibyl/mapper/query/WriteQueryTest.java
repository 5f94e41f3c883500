package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.ATTRS;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.LOG;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.NOTE;
import static io.sibyl.mapper.query.Events.OWNER;
import static io.sibyl.mapper.query.Events.SEQ;
import static io.sibyl.mapper.query.Events.TAGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.Events.Event;
import io.sibyl.mapper.query.Hits.Hit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteQueryTest {

  private final QueryTable<Event> events = Events.table();

  private UpdateQuery<Event> keyed(UpdateQuery<Event> update) {
    return update.where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3));
  }

  private static final Event EVENT =
      new Event("d", 1, 2L, 3, "o", "n", 4, null, Set.of(), java.util.Map.of(), List.of());

  @Test
  void should_insert_with_ttl_timestamp_and_condition_as_markers() {
    String columns =
        "INSERT INTO ks.events (day, bucket, at, seq, owner, name, score, note, tags, attrs, log)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    assertThat(events.insert(EVENT).cql()).isEqualTo(columns);
    assertThat(events.insert(EVENT).usingTtl(60).usingTimestamp(5L).cql())
        .isEqualTo(columns + " USING TTL ? AND TIMESTAMP ?");
    assertThat(events.insert(EVENT).usingTimestamp(5L).cql())
        .isEqualTo(columns + " USING TIMESTAMP ?");
    assertThat(events.insert(EVENT).ifNotExists().usingTtl(60).validate().cql())
        .isEqualTo(columns + " IF NOT EXISTS USING TTL ?");
  }

  @Test
  void should_refuse_a_timestamp_on_a_conditional_insert() {
    assertThatThrownBy(() -> events.insert(EVENT).ifNotExists().usingTimestamp(5L).validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Insert on events has a condition and usingTimestamp(...): a conditional write takes"
                + " its timestamp from Paxos; drop usingTimestamp(...)");
  }

  @Test
  void should_refuse_inserting_into_a_counter_table() {
    assertThatThrownBy(() -> Hits.table().insert(new Hit("/", 1)).validate())
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessage(
            "Table hits holds counters, which cannot be inserted: use update() with increment()");
    assertThatThrownBy(() -> events.insert(EVENT).usingTtl(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A TTL cannot be negative, got -1");
  }

  @Test
  void should_write_collection_operations_with_one_marker_each() {
    UpdateQuery<Event> update =
        keyed(
            events
                .update()
                .set(NAME.set("n"), LOG.append(List.of("a")), LOG.prepend(List.of("z")))
                .set(TAGS.add(Set.of("t")), TAGS.remove(Set.of("u")))
                .set(ATTRS.put("k", "v"), ATTRS.remove(Set.of("old"))));

    assertThat(update.cql())
        .isEqualTo(
            "UPDATE ks.events SET name = ?, log = log + ?, log = ? + log, tags = tags + ?,"
                + " tags = tags - ?, attrs = attrs + ?, attrs = attrs - ?"
                + " WHERE day = ? AND bucket = ? AND at = ? AND seq = ?");
    update.validate();
  }

  @Test
  void should_write_ttl_timestamp_and_conditions() {
    UpdateQuery<Event> update =
        keyed(events.update().set(NAME.set("n")))
            .usingTtl(60)
            .usingTimestamp(1L)
            .onlyIf(NOTE.eq("x"));

    assertThat(update.cql())
        .isEqualTo(
            "UPDATE ks.events USING TTL ? AND TIMESTAMP ? SET name = ?"
                + " WHERE day = ? AND bucket = ? AND at = ? AND seq = ? IF note = ?");
    assertThat(update.isConditional()).isTrue();
    assertThat(keyed(events.update().set(NAME.set("n"))).ifExists().cql()).endsWith(" IF EXISTS");
  }

  @Test
  void should_refuse_an_update_without_the_whole_key() {
    assertThatThrownBy(
            () -> events.update().set(NAME.set("n")).where(DAY.eq("d"), BUCKET.eq(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("needs the whole primary key")
        .hasMessageContaining("at, seq");
  }

  @Test
  void should_refuse_an_update_restricting_a_regular_column() {
    assertThatThrownBy(
            () -> keyed(events.update().set(NAME.set("n"))).where(NOTE.eq("x")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("use onlyIf(note.eq(...))");
  }

  @Test
  void should_refuse_an_update_that_sets_nothing() {
    assertThatThrownBy(() -> keyed(events.update()).validate())
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessageContaining("add set(...)");
  }

  @Test
  void should_refuse_a_condition_on_a_key_column() {
    assertThatThrownBy(() -> keyed(events.update().set(NAME.set("n"))).onlyIf(SEQ.eq(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("IF condition on key column seq");
  }

  @Test
  void should_delete_rows_of_a_partition_and_a_range() {
    DeleteQuery<Event> delete =
        events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.lt(5L)).usingTimestamp(9L);

    assertThat(delete.cql())
        .isEqualTo(
            "DELETE FROM ks.events USING TIMESTAMP ? WHERE day = ? AND bucket = ? AND at < ?");
    delete.validate();
  }

  @Test
  void should_delete_columns_of_one_row_only_with_the_whole_key() {
    assertThat(
            events
                .deleteColumns(NAME, TAGS)
                .where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3))
                .ifExists()
                .cql())
        .isEqualTo(
            "DELETE name, tags FROM ks.events WHERE day = ? AND bucket = ? AND at = ? AND seq = ?"
                + " IF EXISTS");
    assertThatThrownBy(() -> events.deleteColumns(NAME).where(DAY.eq("d"), BUCKET.eq(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining(
            "every clustering column needs eq() or in(), but at is not restricted");
    events.deleteColumns(OWNER).where(DAY.eq("d"), BUCKET.eq(1)).validate();
  }

  @Test
  void should_refuse_a_delete_without_the_partition_key() {
    assertThatThrownBy(() -> events.delete().where(DAY.eq("d")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("add where(...) for bucket");
  }

  @Test
  void should_refuse_a_get_with_the_wrong_number_of_key_values() {
    assertThatThrownBy(() -> events.get("d", 1))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("has 4 column(s) (day, bucket, at, seq), got 2 value(s)");
  }

  @Test
  void should_set_one_list_element_and_remove_one_map_key_or_list_value() {
    UpdateQuery<Event> update =
        keyed(events.update().set(LOG.setAt(2, "x"), ATTRS.removeKey("k"), LOG.remove("y")));

    assertThat(update.cql())
        .isEqualTo(
            "UPDATE ks.events SET log[?] = ?, attrs = attrs - ?, log = log - ?"
                + " WHERE day = ? AND bucket = ? AND at = ? AND seq = ?");
    assertThat(LOG.setAt(2, "x")).hasToString("log[2] = x");
    update.validate();
  }

  @Test
  void should_refuse_a_negative_list_index() {
    assertThatThrownBy(() -> LOG.setAt(-1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A list index cannot be negative, got -1 for column log");
  }

  @Test
  void should_refuse_if_exists_together_with_conditions() {
    assertThatThrownBy(
            () ->
                keyed(events.update().set(NAME.set("n")))
                    .ifExists()
                    .onlyIf(NOTE.eq("x"))
                    .validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Update on events has both ifExists() and onlyIf(...), which Cassandra does not"
                + " combine: keep onlyIf(...), which is not applied either when the row does not"
                + " exist");
  }

  @Test
  void should_refuse_a_timestamp_on_a_conditional_update() {
    assertThatThrownBy(
            () ->
                keyed(events.update().set(NAME.set("n"))).ifExists().usingTimestamp(1L).validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Update on events has a condition and usingTimestamp(...): a conditional write takes"
                + " its timestamp from Paxos; drop usingTimestamp(...)");
  }

  @Test
  void should_refuse_in_on_the_key_of_a_conditional_update() {
    assertThatThrownBy(
            () ->
                events
                    .update()
                    .set(NAME.set("n"))
                    .where(DAY.eq("d"), BUCKET.eq(1), AT.in(1L, 2L), SEQ.eq(3))
                    .onlyIf(NOTE.eq("x"))
                    .validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Update on events with a condition (ifExists() or onlyIf(...)) applies to one row, but"
                + " at is restricted with in(): restrict it with eq() and run one statement per"
                + " value");
  }

  @Test
  void should_refuse_conditions_ttl_and_timestamp_on_counter_updates() {
    QueryTable<Hit> hits = Hits.table();
    UpdateQuery<Hit> increment =
        hits.update().set(Hits.VIEWS.increment(1)).where(Hits.PAGE.eq("/"));

    assertThat(increment.cql()).isEqualTo("UPDATE ks.hits SET views = views + ? WHERE page = ?");
    increment.validate();
    assertThatThrownBy(() -> increment.ifExists().validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Update on hits has a condition (ifExists() or onlyIf(...)), which Cassandra refuses"
                + " on a counter table: drop the condition");
    assertThatThrownBy(() -> increment.usingTtl(5).validate())
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessage("Update on hits sets a TTL, which counters do not take: drop usingTtl(...)");
    assertThatThrownBy(() -> increment.usingTimestamp(5L).validate())
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessage(
            "Update on hits sets a timestamp, which counter tables do not take: drop"
                + " usingTimestamp(...)");
  }
}
