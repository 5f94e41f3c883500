package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.SCORE;
import static io.sibyl.mapper.query.Events.SEQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.Aggregate;
import io.sibyl.mapper.query.Events.Event;
import org.junit.jupiter.api.Test;

class SelectAggregateTest {

  private final QueryTable<Event> events = Events.table();

  @Test
  void should_select_aggregates_grouped_by_a_key_prefix() {
    SelectQuery<Event, Projection<Event>> query =
        events
            .select(
                DAY,
                BUCKET,
                AT,
                Aggregate.count(Events.TABLE),
                Aggregate.count(NAME),
                Aggregate.min(SCORE),
                Aggregate.max(SCORE),
                Aggregate.sum(SCORE),
                Aggregate.avg(SCORE))
            .where(DAY.eq("d"), BUCKET.eq(1))
            .groupBy(DAY, BUCKET, AT)
            .limit(10);
    assertThat(query.cql())
        .isEqualTo(
            "SELECT day, bucket, at, count(*), count(name), min(score), max(score), sum(score),"
                + " avg(score) FROM ks.events WHERE day = ? AND bucket = ? GROUP BY day, bucket,"
                + " at LIMIT ?");
    assertThat(query.countCql())
        .isEqualTo(
            "SELECT day, bucket FROM ks.events WHERE day = ? AND bucket = ? GROUP BY day, bucket,"
                + " at LIMIT ?");
  }

  @Test
  void should_find_an_aggregate_of_a_projection_by_an_equal_one() {
    assertThat(Aggregate.max(SCORE)).isEqualTo(Aggregate.max(SCORE));
    assertThat(Aggregate.max(SCORE)).isNotEqualTo(Aggregate.min(SCORE));
  }

  @Test
  void should_refuse_a_group_by_on_part_of_the_partition_key() {
    assertThatThrownBy(() -> events.select(DAY).groupBy(DAY))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "GROUP BY day on events is refused: group by the whole partition key, then optionally"
                + " the first clustering columns, in primary key order (day, bucket, at, seq)");
  }

  @Test
  void should_refuse_a_group_by_that_skips_a_clustering_column() {
    assertThatThrownBy(() -> events.select(DAY).groupBy(DAY, BUCKET, SEQ))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "GROUP BY day, bucket, seq on events is refused: group by the whole partition key,"
                + " then optionally the first clustering columns, in primary key order (day,"
                + " bucket, at, seq)");
  }

  @Test
  void should_refuse_the_sum_of_a_text_column() {
    assertThatThrownBy(() -> Aggregate.sum(NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sum(name) on events is refused: the column is a text, and sum takes a numeric"
                + " column; use min, max or count on it");
  }
}
