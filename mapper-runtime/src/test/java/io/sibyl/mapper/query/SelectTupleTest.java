package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Agenda.DAY;
import static io.sibyl.mapper.query.Agenda.HOUR;
import static io.sibyl.mapper.query.Agenda.MINUTE;
import static io.sibyl.mapper.query.Agenda.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ClusteringTuple2;
import io.sibyl.mapper.metamodel.ClusteringTuple3;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.Agenda.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTupleTest {

  private final QueryTable<Slot> agenda = Agenda.table();
  private final ClusteringTuple2<Slot, Integer, Integer> dayHour = ClusteringRef.tuple(DAY, HOUR);
  private final ClusteringTuple2<Slot, Integer, Integer> hourMinute =
      ClusteringRef.tuple(HOUR, MINUTE);
  private final ClusteringTuple3<Slot, Integer, Integer, Integer> at =
      ClusteringRef.tuple(DAY, HOUR, MINUTE);

  @Test
  void should_write_tuples_of_two_and_three_columns_with_a_marker_per_value() {
    SelectQuery<Slot, Slot> query =
        agenda.select().where(ROOM.eq("r"), dayHour.gt(1, 9), at.lte(2, 10, 30));

    assertThat(query.cql())
        .endsWith("WHERE room = ? AND (day, hour) > (?, ?) AND (day, hour, minute) <= (?, ?, ?)");
    query.validate();
    assertThat(agenda.select().where(ROOM.eq("r"), at.eq(1, 2, 3)).cql())
        .endsWith("WHERE room = ? AND (day, hour, minute) = (?, ?, ?)");
  }

  @Test
  void should_write_in_with_one_tuple_of_markers_per_tuple_of_values() {
    SelectQuery<Slot, Slot> query =
        agenda
            .select()
            .where(ROOM.eq("r"), dayHour.in(dayHour.values(1, 9), dayHour.values(2, 11)));

    assertThat(query.cql()).endsWith("WHERE room = ? AND (day, hour) IN ((?, ?), (?, ?))");
    query.orderBy(DAY.desc(), HOUR.desc()).validate();
  }

  @Test
  void should_accept_a_tuple_after_fixed_clustering_columns() {
    agenda.select().where(ROOM.eq("r"), DAY.eq(1), hourMinute.gt(9, 30)).validate();
    agenda.select().where(ROOM.eq("r"), DAY.in(1, 2), hourMinute.gt(9, 30)).validate();
    agenda.select().where(ROOM.eq("r"), dayHour.gt(1, 9), DAY.lt(3)).validate();
  }

  @Test
  void should_refuse_columns_that_are_not_consecutive_in_key_order() {
    assertThatThrownBy(() -> ClusteringRef.tuple(DAY, MINUTE))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Multi-column relation on (day, minute) of agenda is refused: its columns must be"
                + " consecutive clustering columns in key order (day, hour, minute)");
    assertThatThrownBy(() -> ClusteringRef.tuple(HOUR, DAY))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Multi-column relation on (hour, day) of agenda is refused: its columns must be"
                + " consecutive clustering columns in key order (day, hour, minute)");
  }

  @Test
  void should_refuse_a_tuple_after_an_unrestricted_clustering_column() {
    assertThatThrownBy(() -> agenda.select().where(ROOM.eq("r"), hourMinute.gt(9, 0)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Multi-column relation on (hour, minute) of agenda needs the clustering columns before"
                + " it (day) restricted with eq() or in(): restrict them, or start the tuple with"
                + " day");
  }

  @Test
  void should_refuse_an_equality_tuple_with_another_relation_on_its_columns() {
    assertThatThrownBy(
            () -> agenda.select().where(ROOM.eq("r"), dayHour.eq(1, 9), DAY.lt(3)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Clustering column day of agenda is restricted by (day, hour) = (?, ?) and by another"
                + " relation, which Cassandra refuses next to an equality or IN: keep one");
  }

  @Test
  void should_refuse_two_lower_bounds_on_the_same_column() {
    assertThatThrownBy(
            () ->
                agenda.select().where(ROOM.eq("r"), dayHour.gt(1, 9), at.gte(1, 9, 30)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage("Clustering column day of agenda has two lower bounds: keep one");
  }

  @Test
  void should_refuse_null_values_and_empty_in_lists_when_they_are_made() {
    assertThatThrownBy(() -> dayHour.gt(1, null))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "ColumnRef hour of agenda gets null in a relation on (day, hour), which matches no row:"
                + " pass a value");
    assertThatThrownBy(() -> dayHour.in(List.of()))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "IN on (day, hour) of agenda needs at least one tuple of values: pass values(...) of"
                + " this tuple");
    assertThatThrownBy(() -> dayHour.in(hourMinute.values(9, 30)))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "IN on (day, hour) of agenda got values of (hour, minute): make them with values(...)"
                + " of this tuple");
  }

  @Test
  void should_require_filtering_for_a_tuple_without_the_partition_key() {
    assertThatThrownBy(() -> agenda.select().where(dayHour.gt(1, 9)).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on agenda needs ALLOW FILTERING: clustering columns are restricted without the"
                + " partition key; restrict room with eq() or in(), or call allowFiltering() to"
                + " accept a scan");
    agenda.select().where(dayHour.gt(1, 9)).allowFiltering().validate();
  }

  @Test
  void should_refuse_an_equality_after_a_tuple_range() {
    assertThatThrownBy(
            () -> agenda.select().where(ROOM.eq("r"), dayHour.gt(1, 9), MINUTE.eq(0)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Clustering column day of agenda has a range but minute after it has an equality:"
                + " restrict day with eq() or in() before ranging on a later column");
  }
}
