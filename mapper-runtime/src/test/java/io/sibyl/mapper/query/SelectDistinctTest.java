package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Agenda.BUILDING;
import static io.sibyl.mapper.query.Agenda.DAY;
import static io.sibyl.mapper.query.Agenda.ROOM;
import static io.sibyl.mapper.query.Agenda.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.query.Agenda.Slot;
import org.junit.jupiter.api.Test;

class SelectDistinctTest {

  private final QueryTable<Slot> agenda = Agenda.table();

  @Test
  void should_select_distinct_partition_key_and_static_columns() {
    SelectQuery<Slot, Projection<Slot>> rooms =
        agenda.select(ROOM, BUILDING).distinct().where(ROOM.in("a", "b")).limit(10);

    assertThat(rooms.cql())
        .isEqualTo("SELECT DISTINCT room, building FROM ks.agenda WHERE room IN ? LIMIT ?");
    rooms.validate();
    agenda
        .select(ROOM)
        .distinct()
        .where(Token.of(ROOM).gt(0), BUILDING.eq("x"))
        .allowFiltering()
        .validate();
  }

  @Test
  void should_refuse_distinct_of_other_columns() {
    assertThatThrownBy(() -> agenda.select().distinct().validate())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on agenda may select only partition key and static columns, not day,"
                + " hour, minute, title: select(...) the partition key (room) and static columns"
                + " only");
  }

  @Test
  void should_refuse_distinct_without_the_whole_partition_key() {
    assertThatThrownBy(() -> agenda.select(BUILDING).distinct().validate())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on agenda must select every partition key column (room), and room is"
                + " missing: add it to select(...)");
  }

  @Test
  void should_refuse_distinct_restricting_clustering_or_regular_columns() {
    assertThatThrownBy(
            () -> agenda.select(ROOM).distinct().where(ROOM.eq("a"), DAY.eq(1)).validate())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on agenda restricts clustering column day, which DISTINCT does not"
                + " take: restrict only partition key and static columns (or the token)");
    assertThatThrownBy(
            () -> agenda.select(ROOM).distinct().where(TITLE.eq("t")).allowFiltering().validate())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on agenda restricts regular column title, which DISTINCT does not"
                + " take: restrict only partition key and static columns (or the token)");
  }

  @Test
  void should_refuse_distinct_with_a_per_partition_limit() {
    assertThatThrownBy(() -> agenda.select(ROOM).distinct().perPartitionLimit(1).validate())
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "SELECT DISTINCT on agenda has perPartitionLimit(...), which DISTINCT does not take"
                + " (each partition gives one row): drop it");
  }

  @Test
  void should_count_rows_one_by_one_when_a_limit_or_distinct_bounds_them() {
    assertThat(agenda.select().where(ROOM.eq("a")).countCql())
        .isEqualTo("SELECT count(*) FROM ks.agenda WHERE room = ?");
    assertThat(agenda.select().where(ROOM.eq("a")).limit(5).countCql())
        .isEqualTo("SELECT room FROM ks.agenda WHERE room = ? LIMIT ?");
    assertThat(agenda.select().perPartitionLimit(2).limit(5).allowFiltering().countCql())
        .isEqualTo("SELECT room FROM ks.agenda PER PARTITION LIMIT ? LIMIT ? ALLOW FILTERING");
    assertThat(agenda.select(ROOM, BUILDING).distinct().countCql())
        .isEqualTo("SELECT DISTINCT room FROM ks.agenda");
  }
}
