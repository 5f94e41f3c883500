package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.ATTRS;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.LOG;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.NOTE;
import static io.sibyl.mapper.query.Events.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.query.Events.Event;
import org.junit.jupiter.api.Test;

class SelectDeferTest {

  private final QueryTable<Event> events = Events.table();

  @Test
  void should_select_every_column_but_the_deferred_ones() {
    assertThat(events.select().defer(NOTE, LOG).where(DAY.eq("d")).cql())
        .isEqualTo(
            "SELECT day, bucket, at, seq, owner, name, score, tags, attrs FROM ks.events WHERE"
                + " day = ?");
  }

  @Test
  void should_defer_more_columns_when_called_again() {
    assertThat(events.select().where(DAY.eq("d")).defer(NOTE).defer(ATTRS, NOTE).cql())
        .isEqualTo(
            "SELECT day, bucket, at, seq, owner, name, score, tags, log FROM ks.events WHERE"
                + " day = ?");
  }

  @Test
  void should_refuse_to_defer_a_key_column() {
    assertThatThrownBy(() -> events.select().defer(AT))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "defer(at) on events is refused: it is a key column and every entity needs it; defer"
                + " regular or static columns only");
  }

  @Test
  void should_refuse_to_defer_in_a_projection() {
    assertThatThrownBy(() -> events.select(DAY, NAME).defer(NAME))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "defer(...) on events is refused: it applies to a select of whole entities"
                + " (select()), not to a projection or a mapped query; leave the columns out of"
                + " select(...) instead");
  }

  @Test
  @SuppressWarnings("unchecked")
  void should_refuse_to_defer_a_column_of_another_table() {
    ColumnRef<Event, ?> other = (ColumnRef<Event, ?>) (ColumnRef<?, ?>) Agenda.ROOM;
    assertThatThrownBy(() -> events.select().defer(other))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "defer(agenda.room) on events is refused: the column is not of events; defer columns"
                + " of the selected table");
  }

  @Test
  void should_refuse_to_defer_the_discriminator_column_of_a_polymorphic_table() {
    TableMetamodel<Event> polymorphic = Events.MODEL.withDiscriminator(SCORE);
    QueryTable<Event> table = QueryTable.unbound(polymorphic, "ks");

    assertThat(polymorphic.discriminator()).isSameAs(SCORE);
    assertThat(Events.MODEL.discriminator()).isNull();
    assertThatThrownBy(() -> table.select().defer(NOTE, SCORE))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "defer(score) on events is refused: it is the discriminator column, from which each"
                + " row's subtype is read, and every entity needs it; defer regular or static"
                + " columns only");
    assertThat(table.select().defer(NOTE).cql()).contains("score");
  }

  @Test
  @SuppressWarnings("unchecked")
  void should_refuse_a_discriminator_that_is_not_a_column_of_the_table() {
    ColumnRef<Event, ?> other = (ColumnRef<Event, ?>) (ColumnRef<?, ?>) Agenda.ROOM;
    assertThatThrownBy(() -> Events.MODEL.withDiscriminator(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Discriminator agenda.room is not a column of events");
  }
}
