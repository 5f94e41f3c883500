package io.sibyl.bench.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check that mapper paths stay close to the hand-written ones. */
class MapperOverheadsTest {

  @Test
  void should_pass_when_the_mapper_path_is_within_3_percent_and_the_slack() {
    MapperOverheads overheads = new MapperOverheads().compare("repo", "hand", 0, "nothing");

    // 1,000 B hand-written: 1,030 + 64 allowed.
    assertThat(overheads.violations(Map.of("hand", 1_000.0, "repo", 1_094.0))).isEmpty();
  }

  @Test
  void should_name_both_paths_and_the_allowance_when_the_mapper_path_allocates_more() {
    MapperOverheads overheads =
        new MapperOverheads().compare("dsl", "hand", 100, "the query object");

    assertThatThrownBy(() -> overheads.check(Map.of("hand", 1_000.0, "dsl", 1_300.0)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "dsl: 1,300 B per request, 300 B more than hand (1,000 B); allowed 1,194 B"
                + " (3 % + 64 B + 100 B: the query object)");
  }

  @Test
  void should_skip_a_pair_whose_hand_written_path_was_not_measured() {
    MapperOverheads overheads = new MapperOverheads().compare("repo", "hand", 0, "nothing");

    assertThat(overheads.violations(Map.of("repo", 5_000.0))).isEmpty();
  }
}
