package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.metamodel.TokenRange;
import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTokenTest {

  private final QueryTable<Event> events = Events.table();
  private final Token<Event> token = Token.of(DAY, BUCKET);

  @Test
  void should_bound_the_token_of_the_whole_partition_key() {
    assertThat(events.select(DAY, BUCKET).where(token.gt(-5), token.lte(7)).cql())
        .isEqualTo(
            "SELECT day, bucket FROM ks.events WHERE token(day, bucket) > ? AND token(day, bucket)"
                + " <= ?");
    events.select().where(token.gte(-5), token.lt(7)).validate();
  }

  @Test
  void should_restrict_a_query_to_a_token_range() {
    assertThat(events.select(DAY).inTokenRange(new TokenRange(-10, 10)).cql())
        .isEqualTo(
            "SELECT day FROM ks.events WHERE token(day, bucket) > ? AND token(day, bucket) <= ?");
  }

  @Test
  void should_refuse_the_token_of_part_of_the_partition_key() {
    assertThatThrownBy(() -> Token.of(DAY))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "token(day) of events is refused: token() takes the whole partition key in key order"
                + " (day, bucket)");
    assertThatThrownBy(() -> Token.of(BUCKET, DAY))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "token(bucket, day) of events is refused: token() takes the whole partition key in"
                + " key order (day, bucket)");
  }

  @Test
  void should_refuse_the_minimum_token_as_an_upper_bound() {
    assertThatThrownBy(() -> token.lte(Long.MIN_VALUE))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "token(day, bucket) <= -9223372036854775808 on events is refused: Cassandra reads the"
                + " minimum token as an upper bound as the end of the ring and would return every"
                + " partition; give a bound above Long.MIN_VALUE");
  }

  @Test
  void should_refuse_two_lower_bounds() {
    assertThatThrownBy(() -> events.select().where(token.gt(1), token.gte(2)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage("Select on events has two lower bounds on token(day, bucket): keep one");
  }

  @Test
  @SuppressWarnings("unchecked")
  void should_refuse_the_token_of_another_table() {
    Token<Event> other = (Token<Event>) (Token<?>) Token.of(Agenda.TABLE);
    assertThatThrownBy(() -> events.select().where(other.gt(1)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "token(room) is the token of agenda, not of events: use Token.of(...) with the"
                + " partition key of events");
  }

  @Test
  void should_require_filtering_for_clustering_columns_within_a_token_range() {
    assertThatThrownBy(() -> events.select().where(token.gt(1), AT.gt(3L)).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on events needs ALLOW FILTERING: clustering columns are restricted without the"
                + " partition key; restrict day, bucket with eq() or in(), or call allowFiltering()"
                + " to accept a scan");
    events.select().where(token.gt(1), AT.gt(3L)).allowFiltering().validate();
  }

  @Test
  void should_refuse_ordering_within_a_token_range() {
    assertThatThrownBy(() -> events.select().where(token.gt(1)).orderBy(AT.asc()).validate())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessage(
            "Ordering a select on events needs every partition key column (day, bucket) restricted"
                + " with eq() or in()");
    assertThatThrownBy(() -> events.select().where(token.lt(1), token.lte(2)).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage("Select on events has two upper bounds on token(day, bucket): keep one");
  }

  @Test
  void should_split_the_ring_into_adjacent_ranges_that_cover_it() {
    List<TokenRange> ranges = TokenRange.ring().split(4);

    assertThat(ranges).hasSize(4);
    assertThat(ranges.get(0).start()).isEqualTo(Long.MIN_VALUE);
    assertThat(ranges.get(3).end()).isEqualTo(Long.MAX_VALUE);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end());
    }
    assertThat(ranges)
        .extracting(TokenRange::end)
        .containsExactly(-4611686018427387905L, -1L, 4611686018427387903L, Long.MAX_VALUE);
    assertThat(TokenRange.ring().contains(Long.MIN_VALUE)).isFalse();
    assertThat(TokenRange.ring().contains(Long.MAX_VALUE)).isTrue();
    assertThat(new TokenRange(0, 10).split(3))
        .containsExactly(new TokenRange(0, 3), new TokenRange(3, 6), new TokenRange(6, 10));
  }

  @Test
  void should_refuse_empty_ranges_and_impossible_splits() {
    assertThatThrownBy(() -> new TokenRange(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A token range ends above its start, got (5, 5]");
    assertThatThrownBy(() -> new TokenRange(0, 2).split(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot split (0, 2] into 3 parts: give 1 to 2 parts");
  }
}
