package io.sibyl.mapper.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.TokenRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanCheckpointTest {
  private final List<TokenRange> ranges = RingRanges.split(List.of(-5L, 5L), 4);

  @Test
  void should_list_the_unfinished_ranges_in_token_order() {
    ScanCheckpoint checkpoint =
        new ScanCheckpoint("ks.t", ranges, Set.of(ranges.get(1), ranges.get(3)));

    assertThat(ranges).hasSize(5); // (min, -5] and (5, max] in two parts each, (-5, 5] whole
    assertThat(checkpoint.remaining()).containsExactly(ranges.get(0), ranges.get(2), ranges.get(4));
    assertThat(checkpoint.isComplete()).isFalse();
    assertThat(new ScanCheckpoint("ks.t", ranges, Set.copyOf(ranges)).isComplete()).isTrue();
  }

  @Test
  void should_read_back_what_it_serialized() {
    ScanCheckpoint checkpoint = new ScanCheckpoint("ks.\"T\"", ranges, Set.of(ranges.get(2)));

    ScanCheckpoint back = ScanCheckpoint.parse(checkpoint.serialize());

    assertThat(back).isEqualTo(checkpoint);
    assertThat(back.table()).isEqualTo("ks.\"T\"");
    assertThat(back.completed()).containsExactly(ranges.get(2));
  }

  @Test
  void should_refuse_text_that_is_not_a_checkpoint() {
    assertThatThrownBy(() -> ScanCheckpoint.parse("hello"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Not a scan checkpoint (it should start with sibyl-scan-1;); pass what serialize()"
                + " gave");
  }

  @Test
  void should_refuse_a_damaged_checkpoint() {
    assertThatThrownBy(() -> ScanCheckpoint.parse("sibyl-scan-1;ks.t;1,x,d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("A scan checkpoint is damaged");
    assertThatThrownBy(() -> ScanCheckpoint.parse("sibyl-scan-1;ks.t;5,1,d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("A scan checkpoint is damaged");
  }
}
