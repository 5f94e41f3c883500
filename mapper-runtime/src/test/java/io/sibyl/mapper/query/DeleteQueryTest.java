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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.Events.Event;
import io.sibyl.mapper.query.Hits.Hit;
import org.junit.jupiter.api.Test;

/** The shapes and key layout rules of deletes: rows, ranges, columns, elements, conditions. */
class DeleteQueryTest {

  private final QueryTable<Event> events = Events.table();

  private static DeleteQuery<Event> keyed(DeleteQuery<Event> delete) {
    return delete.where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3));
  }

  @Test
  void should_delete_collection_elements_with_their_markers_before_the_timestamp() {
    DeleteQuery<Event> delete =
        keyed(events.deleteColumns(NAME).elements(LOG.at(0), ATTRS.key("k"))).usingTimestamp(5L);

    assertThat(delete.cql())
        .isEqualTo(
            "DELETE name, log[?], attrs[?] FROM ks.events USING TIMESTAMP ?"
                + " WHERE day = ? AND bucket = ? AND at = ? AND seq = ?");
    assertThat(LOG.at(0)).hasToString("log[0]");
    assertThat(LOG.at(0).isListIndex()).isTrue();
    assertThat(ATTRS.key("k").isListIndex()).isFalse();
    delete.validate();
  }

  @Test
  void should_accept_a_clustering_prefix_ending_with_a_range() {
    assertThatCode(
            () -> {
              events.delete().where(DAY.eq("d"), BUCKET.eq(1)).validate();
              events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L)).validate();
              events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.gte(1L), AT.lt(5L)).validate();
              events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.in(1L, 2L), SEQ.gt(3)).validate();
              events.delete().where(DAY.eq("d"), BUCKET.in(1, 2), AT.eq(2L)).validate();
            })
        .doesNotThrowAnyException();
    assertThat(events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.gte(1L), AT.lt(5L)).cql())
        .isEqualTo("DELETE FROM ks.events WHERE day = ? AND bucket = ? AND at >= ? AND at < ?");
  }

  @Test
  void should_refuse_a_delete_without_the_whole_partition_key() {
    assertThatThrownBy(() -> events.delete().where(DAY.eq("d"), AT.eq(1L)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Delete on events needs every partition key column (day, bucket) restricted with eq()"
                + " or in(): add where(...) for bucket");
  }

  @Test
  void should_refuse_a_clustering_restriction_after_an_unrestricted_column() {
    assertThatThrownBy(() -> events.delete().where(DAY.eq("d"), BUCKET.eq(1), SEQ.gt(3)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Delete on events restricts clustering column seq but not at before it: restrict at"
                + " with eq() or in() too (a delete takes a clustering prefix, optionally ending"
                + " with a range)");
  }

  @Test
  void should_refuse_a_clustering_restriction_after_a_range() {
    String message =
        "Delete on events has a range on clustering column at, so it cannot restrict seq after"
            + " it: a range applies to the last restricted clustering column; restrict at with"
            + " eq() or in(), or drop the restriction on seq";
    assertThatThrownBy(
            () -> events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.gt(1L), SEQ.lt(3)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(message);
    assertThatThrownBy(
            () -> events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.gt(1L), SEQ.eq(3)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(message);
  }

  @Test
  void should_refuse_deleting_columns_or_elements_of_a_range_or_prefix() {
    assertThatThrownBy(
            () ->
                events
                    .delete()
                    .elements(LOG.at(0))
                    .where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.gt(3))
                    .validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Delete of log of events removes values of single rows, so every clustering column"
                + " needs eq() or in(), but seq has a range: restrict it, or delete whole rows"
                + " with delete() to use a range or a prefix");
    assertThatThrownBy(
            () -> events.deleteColumns(NAME, NOTE).where(DAY.eq("d"), BUCKET.eq(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Delete of name, note of events removes values of single rows, so every clustering"
                + " column needs eq() or in(), but at is not restricted: restrict it, or delete"
                + " whole rows with delete() to use a range or a prefix");
    events
        .deleteColumns(NAME)
        .where(DAY.eq("d"), BUCKET.eq(1), AT.in(1L, 2L), SEQ.eq(3))
        .validate();
  }

  @Test
  void should_refuse_clustering_restrictions_when_deleting_static_columns() {
    events.deleteColumns(OWNER).where(DAY.eq("d"), BUCKET.eq(1)).ifExists().validate();
    assertThatThrownBy(
            () ->
                events.deleteColumns(OWNER).where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Delete of static column(s) owner of events removes them from the whole partition, but"
                + " clustering column at is restricted: drop the where(...) on at");
  }

  @Test
  void should_refuse_a_conditional_delete_of_several_rows() {
    assertThatThrownBy(
            () -> events.delete().where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L)).ifExists().validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Delete on events with a condition (ifExists() or onlyIf(...)) applies to one row, so"
                + " every clustering column needs eq(), but seq is not restricted: restrict it, or"
                + " drop the condition");
    assertThatThrownBy(
            () ->
                events
                    .delete()
                    .where(DAY.eq("d"), BUCKET.in(1, 2), AT.eq(2L), SEQ.eq(3))
                    .onlyIf(NOTE.eq("x"))
                    .validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Delete on events with a condition (ifExists() or onlyIf(...)) applies to one row, but"
                + " bucket is restricted with in(): restrict it with eq() and run one statement per"
                + " value");
  }

  @Test
  void should_refuse_if_exists_with_conditions_and_a_timestamp_with_a_condition() {
    assertThatThrownBy(() -> keyed(events.delete()).ifExists().onlyIf(NOTE.eq("x")).validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageStartingWith("Delete on events has both ifExists() and onlyIf(...)");
    assertThatThrownBy(
            () -> keyed(events.delete()).onlyIf(NOTE.eq("x")).usingTimestamp(1L).validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessage(
            "Delete on events has a condition and usingTimestamp(...): a conditional write takes"
                + " its timestamp from Paxos; drop usingTimestamp(...)");
  }

  @Test
  void should_refuse_a_timestamp_or_a_condition_on_a_counter_table() {
    QueryTable<Hit> hits = Hits.table();
    hits.delete().where(Hits.PAGE.eq("/")).validate();

    assertThatThrownBy(() -> hits.delete().where(Hits.PAGE.eq("/")).usingTimestamp(1L).validate())
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessage(
            "Delete on hits sets a timestamp, which counter tables do not take: drop"
                + " usingTimestamp(...)");
    assertThatThrownBy(() -> hits.delete().where(Hits.PAGE.eq("/")).ifExists().validate())
        .isInstanceOf(InvalidConditionException.class)
        .hasMessageStartingWith("Delete on hits has a condition (ifExists() or onlyIf(...))");
  }
}
