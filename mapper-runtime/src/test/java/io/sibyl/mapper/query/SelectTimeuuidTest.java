package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Feeds.FEED;
import static io.sibyl.mapper.query.Feeds.ID;
import static io.sibyl.mapper.query.Feeds.REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Term;
import io.sibyl.mapper.metamodel.TimeUuids;
import io.sibyl.mapper.query.Feeds.Item;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectTimeuuidTest {

  private final QueryTable<Item> feeds = Feeds.table();
  private final Instant from = Instant.parse("2024-03-01T10:15:30.123456Z");

  @Test
  void should_compare_a_timeuuid_column_with_min_and_max_timeuuid() {
    SelectQuery<Item, Item> query =
        feeds
            .select()
            .where(
                FEED.eq("news"),
                ID.gte(Term.minTimeuuid(from)),
                ID.lt(Term.maxTimeuuid(from.plusSeconds(60))))
            .validate();
    assertThat(query.cql())
        .isEqualTo(
            "SELECT feed, id, ref, title FROM ks.feeds WHERE feed = ? AND id >= minTimeuuid(?)"
                + " AND id < maxTimeuuid(?)");
  }

  @Test
  void should_refuse_min_timeuuid_on_a_column_that_is_not_a_timeuuid() {
    assertThatThrownBy(() -> REF.gt(Term.minTimeuuid(from)))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "ref > minTimeuuid(?) on feeds is refused: minTimeuuid(?) returns a timeuuid and the"
                + " column is a uuid; compare a timeuuid column with it");
  }

  @Test
  void should_make_the_smallest_and_largest_timeuuid_of_the_millisecond() {
    UUID min = TimeUuids.min(from);
    UUID max = TimeUuids.max(from);
    long ticks = (from.toEpochMilli() + 12_219_292_800_000L) * 10_000;
    assertThat(min.version()).isEqualTo(1);
    assertThat(max.version()).isEqualTo(1);
    assertThat(min.timestamp()).isEqualTo(ticks);
    assertThat(max.timestamp()).isEqualTo(ticks + 9_999);
    assertThat(min.getLeastSignificantBits()).isEqualTo(0x8080808080808080L);
    assertThat(max.getLeastSignificantBits()).isEqualTo(0x7f7f7f7f7f7f7f7fL);
    assertThat(TimeUuids.min(Instant.EPOCH)).hasToString("13814000-1dd2-11b2-8080-808080808080");
  }
}
