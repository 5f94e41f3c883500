package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.ATTRS;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.NOTE;
import static io.sibyl.mapper.query.Events.SCORE;
import static io.sibyl.mapper.query.Events.SEQ;
import static io.sibyl.mapper.query.Events.TAGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.Events.Event;
import org.junit.jupiter.api.Test;

class SelectQueryTest {

  private final QueryTable<Event> events = Events.table();

  @Test
  void should_name_every_column_when_selecting_entities() {
    assertThat(events.select().where(DAY.eq("d"), BUCKET.eq(1)).cql())
        .isEqualTo(
            "SELECT day, bucket, at, seq, owner, name, score, note, tags, attrs, log"
                + " FROM ks.events WHERE day = ? AND bucket = ?");
  }

  @Test
  void should_bind_limits_in_and_ranges_as_markers() {
    SelectQuery<Event, Event> query =
        events
            .select()
            .where(DAY.eq("d"), BUCKET.eq(1), AT.gte(5L), AT.lt(9L))
            .orderBy(AT.asc(), SEQ.desc())
            .perPartitionLimit(2)
            .limit(10);

    assertThat(query.cql())
        .endsWith(
            "WHERE day = ? AND bucket = ? AND at >= ? AND at < ?"
                + " ORDER BY at ASC, seq DESC PER PARTITION LIMIT ? LIMIT ?");
    assertThat(query.validate()).isSameAs(query);
  }

  @Test
  void should_refuse_ordering_rows_an_index_serves() {
    assertThatThrownBy(
            () ->
                events
                    .select()
                    .where(DAY.eq("d"), BUCKET.eq(1), SCORE.gt(3))
                    .orderBy(AT.desc())
                    .validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessage(
            "Select on events restricts indexed column score and orders by at, which Cassandra"
                + " refuses (an index does not return rows in clustering order): drop"
                + " orderBy(...) and sort client side, or restrict the primary key instead");
  }

  @Test
  void should_refuse_in_on_the_partition_key_with_an_indexed_column() {
    assertThatThrownBy(
            () -> events.select().where(DAY.eq("d"), BUCKET.in(1, 2), NAME.eq("x")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "Select on events restricts indexed column name together with IN on the partition"
                + " key, which Cassandra refuses: run one query per partition key value with"
                + " eq()");
  }

  @Test
  void should_order_filtered_rows_of_a_column_without_index() {
    SelectQuery<Event, Event> query =
        events
            .select()
            .where(DAY.eq("d"), BUCKET.eq(1), NOTE.eq("n"))
            .orderBy(AT.desc())
            .allowFiltering();

    assertThat(query.validate()).isSameAs(query);
  }

  @Test
  void should_keep_the_same_shape_for_other_values() {
    assertThat(events.select().where(DAY.eq("a"), BUCKET.in(1)).cql())
        .isEqualTo(events.select().where(DAY.eq("b"), BUCKET.in(1, 2, 3, 4)).cql());
  }

  @Test
  void should_leave_the_original_query_unchanged() {
    SelectQuery<Event, Event> base = events.select().where(DAY.eq("d"), BUCKET.eq(1));

    base.limit(3).allowFiltering();

    assertThat(base.cql()).doesNotContain("LIMIT").doesNotContain("ALLOW FILTERING");
  }

  @Test
  void should_select_only_the_projected_columns() {
    assertThat(events.select(NAME, SCORE).where(DAY.eq("d"), BUCKET.eq(1)).cql())
        .isEqualTo("SELECT name, score FROM ks.events WHERE day = ? AND bucket = ?");
  }

  @Test
  void should_count_with_the_same_restrictions() {
    assertThat(events.select().where(NAME.eq("x")).countCql())
        .isEqualTo("SELECT count(*) FROM ks.events WHERE name = ?");
  }

  @Test
  void should_accept_indexed_columns_without_filtering() {
    events.select().where(NAME.eq("x")).validate();
    events.select().where(SCORE.gt(3)).validate();
    events.select().where(TAGS.contains("a")).validate();
    events.select().where(ATTRS.containsKey("k")).validate();
  }

  @Test
  void should_require_filtering_for_a_column_without_index() {
    assertThatThrownBy(() -> events.select().where(NOTE.eq("x")).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("column note is not part of the primary key and has no index")
        .hasMessageContaining("add @Index to property 'note'")
        .hasMessageContaining("allowFiltering()");
    events.select().where(NOTE.eq("x")).allowFiltering().validate();
  }

  @Test
  void should_require_filtering_for_a_range_on_a_secondary_index() {
    assertThatThrownBy(() -> events.select().where(NAME.gt("x")).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessageContaining("IndexType.STORAGE_ATTACHED");
  }

  @Test
  void should_require_filtering_for_contains_value_on_a_keys_index() {
    assertThatThrownBy(() -> events.select().where(ATTRS.contains("v")).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessageContaining("IndexTarget.VALUES");
  }

  @Test
  void should_require_filtering_for_a_partial_partition_key() {
    assertThatThrownBy(() -> events.select().where(DAY.eq("d")).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessageContaining("partition key column(s) bucket are not restricted");
  }

  @Test
  void should_require_filtering_for_a_clustering_gap() {
    assertThatThrownBy(() -> events.select().where(DAY.eq("d"), BUCKET.eq(1), SEQ.eq(2)).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessageContaining("clustering column seq is restricted but at before it is not");
  }

  @Test
  void should_refuse_in_on_a_partition_key_column_that_is_not_the_last() {
    assertThatThrownBy(() -> events.select().where(DAY.in("a", "b"), BUCKET.eq(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "IN on partition key column day of events is refused: only the last partition key"
                + " column (bucket) takes IN; restrict day with eq()");
  }

  @Test
  void should_refuse_a_range_before_an_equality() {
    assertThatThrownBy(
            () ->
                events
                    .select()
                    .where(DAY.eq("d"), BUCKET.eq(1), AT.gt(1L), SEQ.eq(2))
                    .allowFiltering()
                    .validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("restrict at with eq() or in() before ranging on a later column");
  }

  @Test
  void should_refuse_ordering_out_of_key_order() {
    assertThatThrownBy(
            () -> events.select().where(DAY.eq("d"), BUCKET.eq(1)).orderBy(SEQ.asc()).validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessageContaining("order by clustering columns in key order (at, seq)");
  }

  @Test
  void should_refuse_mixed_orders() {
    assertThatThrownBy(
            () ->
                events
                    .select()
                    .where(DAY.eq("d"), BUCKET.eq(1))
                    .orderBy(AT.desc(), SEQ.desc())
                    .validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessageContaining("clustering order or its exact reverse");
  }

  @Test
  void should_refuse_ordering_without_the_partition_key() {
    assertThatThrownBy(() -> events.select().orderBy(AT.asc()).allowFiltering().validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessageContaining("needs every partition key column (day, bucket)");
  }

  @Test
  void should_refuse_ordering_rows_of_several_partitions() {
    assertThatThrownBy(
            () -> events.select().where(DAY.eq("d"), BUCKET.in(1, 2)).orderBy(AT.asc()).validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessageContaining("sort client side");
  }

  @Test
  void should_check_a_query_before_preparing_it() {
    assertThatThrownBy(() -> events.select().where(NOTE.eq("x")).statement())
        .isInstanceOf(FilteringRequiredException.class);
  }

  @Test
  void should_refuse_a_null_restriction() {
    assertThatThrownBy(() -> events.select().where(NAME.eq(null)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("name of events is restricted by = null");
  }

  @Test
  void should_refuse_a_non_positive_limit() {
    assertThatThrownBy(() -> events.select().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be positive");
  }
}
