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

import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteQueryTest {

  private final QueryTable<Event> events = Events.table();

  private UpdateQuery<Event> keyed(UpdateQuery<Event> update) {
    return update.where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3));
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
        .isInstanceOf(QueryValidationException.class)
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
        .hasMessageContaining("needs the whole primary key");
    events.deleteColumns(OWNER).where(DAY.eq("d"), BUCKET.eq(1)).validate();
  }

  @Test
  void should_refuse_a_delete_without_the_partition_key() {
    assertThatThrownBy(() -> events.delete().where(DAY.eq("d")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("add where(....eq(...)) for bucket");
  }

  @Test
  void should_refuse_a_get_with_the_wrong_number_of_key_values() {
    assertThatThrownBy(() -> events.get("d", 1))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("has 4 column(s) (day, bucket, at, seq), got 2 value(s)");
  }
}
