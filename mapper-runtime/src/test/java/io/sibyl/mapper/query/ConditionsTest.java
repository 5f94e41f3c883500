package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.ATTRS;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.LOG;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.NOTE;
import static io.sibyl.mapper.query.Events.SEQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.UdtField;
import io.sibyl.mapper.query.Events.Event;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private final QueryTable<Event> events = Events.table();

  @Test
  void should_write_in_and_element_conditions() {
    UpdateQuery<Event> update =
        events
            .update()
            .set(NAME.set("n"))
            .where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3))
            .onlyIf(NOTE.in("a", "b"), ATTRS.value("k").eq("v"), LOG.element(0).eq("x"))
            .validate();
    assertThat(update.cql())
        .isEqualTo(
            "UPDATE ks.events SET name = ? WHERE day = ? AND bucket = ? AND at = ? AND seq = ?"
                + " IF note IN ? AND attrs[?] = ? AND log[?] = ?");
  }

  @Test
  void should_write_a_condition_on_a_field_of_a_user_type_column() {
    UdtField<String, String> city = new UdtField<>("city", "city", (row, i) -> null);
    DeleteQuery<Event> delete =
        events
            .delete()
            .where(DAY.eq("d"), BUCKET.eq(1), AT.eq(2L), SEQ.eq(3))
            .onlyIf(city.of(NOTE).eq("Paris"))
            .validate();
    assertThat(delete.cql())
        .isEqualTo(
            "DELETE FROM ks.events WHERE day = ? AND bucket = ? AND at = ? AND seq = ? IF"
                + " note.city = ?");
  }

  @Test
  void should_refuse_a_negative_list_index() {
    assertThatThrownBy(() -> LOG.element(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A list index cannot be negative, got -1 for column log");
  }

  @Test
  void should_refuse_in_on_a_non_key_column_in_a_where_clause() {
    assertThatThrownBy(() -> events.select().where(DAY.eq("d"), NOTE.in("a")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "note IN ? on events is refused in a WHERE clause: Cassandra takes IN on a non-key"
                + " column in IF conditions only; pass it to onlyIf(...) of an update or delete");
  }

  @Test
  void should_refuse_an_element_condition_in_a_where_clause() {
    assertThatThrownBy(
            () -> events.select().where(DAY.eq("d"), ATTRS.value("k").eq("v")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "attrs[?] = ? on events is refused in a WHERE clause: Cassandra takes a condition on"
                + " an element or a field in IF conditions only; pass it to onlyIf(...) of an"
                + " update or delete");
  }
}
