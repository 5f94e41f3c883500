package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectQueryReuseTest {

  private final QueryTable<Event> events = Events.table();

  @Test
  void should_build_the_cql_once_per_query_object() {
    SelectQuery<Event, Event> query = events.select().where(DAY.eq("d"), BUCKET.eq(1));

    assertThat(query.cql()).isSameAs(query.cql());
    assertThat(query.consistency(io.sibyl.driver.Consistency.ONE).cql()).isSameAs(query.cql());
    assertThat(query.executionProfile("p").cql()).isSameAs(query.cql());
  }

  @Test
  void should_share_the_cql_of_a_shape_between_queries_built_alike() {
    String first = events.select().where(DAY.eq("a"), BUCKET.eq(1)).limit(2).cql();
    String second = events.select().where(DAY.eq("b")).where(BUCKET.eq(2)).limit(9).cql();

    assertThat(second).isSameAs(first);
    assertThat(events.select().where(DAY.eq("a"), BUCKET.in(1, 2)).cql())
        .isEqualTo(
            "SELECT day, bucket, at, seq, owner, name, score, note, tags, attrs, log"
                + " FROM ks.events WHERE day = ? AND bucket IN ?");
    assertThat(events.select(NAME).where(DAY.eq("a")).cql())
        .isEqualTo("SELECT name FROM ks.events WHERE day = ?");
    assertThat(events.select(NAME, SCORE).where(DAY.eq("a")).cql())
        .isEqualTo("SELECT name, score FROM ks.events WHERE day = ?");
    assertThat(events.select()).isSameAs(events.select());
  }

  @Test
  void should_keep_the_shape_when_mapping_the_results() {
    SelectQuery<Event, Projection<Event>> names =
        events.select(NAME, SCORE).where(DAY.eq("d"), BUCKET.eq(1));
    SelectQuery<Event, List<Object>> values = names.map(Projection::values);

    assertThat(values.cql()).isEqualTo(names.cql());
    assertThat(values.limit(3).cql()).isEqualTo(names.limit(3).cql());
  }

  @Test
  void should_refuse_a_null_mapper() {
    assertThatThrownBy(() -> events.select().map(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapper");
  }
}
