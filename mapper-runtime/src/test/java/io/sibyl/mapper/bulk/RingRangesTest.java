package io.sibyl.mapper.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RingRangesTest {

  @Test
  void should_cut_the_wraparound_range_at_the_ends_of_the_ring() {
    List<TokenRange> owned = RingRanges.owned(List.of(100L, -50L, 7L));

    assertThat(owned)
        .containsExactly(
            new TokenRange(Long.MIN_VALUE, -50),
            new TokenRange(-50, 7),
            new TokenRange(7, 100),
            new TokenRange(100, Long.MAX_VALUE));
  }

  @Test
  void should_not_make_empty_ranges_when_a_token_is_an_end_of_the_ring() {
    assertThat(RingRanges.owned(List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE)))
        .containsExactly(new TokenRange(Long.MIN_VALUE, 0), new TokenRange(0, Long.MAX_VALUE));
  }

  @Test
  void should_cover_the_whole_ring_once_when_the_ring_is_unknown() {
    List<TokenRange> ranges = RingRanges.split(List.of(), 4);

    assertThat(ranges).hasSize(4);
    assertContiguousOverTheRing(ranges);
  }

  @Test
  void should_split_in_proportion_to_width_and_never_across_a_node_token() {
    long quarter = Long.MIN_VALUE / 2; // -2^62: the first owned range is a quarter of the ring
    List<TokenRange> ranges = RingRanges.split(List.of(quarter), 8);

    assertThat(ranges.stream().filter(r -> r.end() <= quarter)).hasSize(2);
    assertThat(ranges.stream().filter(r -> r.start() >= quarter)).hasSize(6);
    assertContiguousOverTheRing(ranges);
  }

  @Test
  void should_give_each_owned_range_at_least_one_part_and_stay_contiguous_for_random_rings() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      List<Long> tokens = new ArrayList<>();
      int count = 1 + random.nextInt(300);
      for (int i = 0; i < count; i++) {
        tokens.add(random.nextLong());
      }
      int parts = 1 + random.nextInt(500);
      List<TokenRange> ranges = RingRanges.split(tokens, parts);

      assertContiguousOverTheRing(ranges);
      for (long token : tokens) {
        assertThat(ranges).anyMatch(r -> r.end() == token);
      }
      assertThat(ranges.size()).isGreaterThanOrEqualTo(Math.max(parts - count, count));
    }
  }

  @Test
  void should_put_every_token_in_exactly_one_range() {
    List<TokenRange> ranges = RingRanges.split(List.of(-10L, 10L), 6);
    long[] probes = {Long.MIN_VALUE + 1, -11, -10, -9, 0, 10, 11, Long.MAX_VALUE};
    for (long token : probes) {
      assertThat(ranges.stream().filter(r -> r.contains(token))).as("token %d", token).hasSize(1);
    }
  }

  @Test
  void should_refuse_fewer_than_one_part() {
    assertThatThrownBy(() -> RingRanges.split(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A scan needs at least 1 range, got 0");
  }

  private static void assertContiguousOverTheRing(List<TokenRange> ranges) {
    assertThat(ranges.get(0).start()).isEqualTo(Long.MIN_VALUE);
    assertThat(ranges.get(ranges.size() - 1).end()).isEqualTo(Long.MAX_VALUE);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end());
    }
  }
}
