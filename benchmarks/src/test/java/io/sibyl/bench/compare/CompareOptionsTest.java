package io.sibyl.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CompareOptionsTest {

  @Test
  void should_default_to_five_rounds_of_ten_seconds() {
    CompareOptions options = CompareOptions.parse(new String[0]);

    assertThat(options.rounds()).isEqualTo(5);
    assertThat(options.scenario()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(20));
    assertThat(options.keys()).isEqualTo(10_000);
  }

  @Test
  void should_read_every_option() {
    CompareOptions options =
        CompareOptions.parse(
            new String[] {"--rounds=2", "--seconds=3", "--warmup=4", "--keys=50", "--out=x/y"});

    assertThat(options)
        .isEqualTo(
            new CompareOptions(
                2,
                Duration.ofSeconds(3),
                Duration.ofSeconds(4),
                50,
                Path.of("x/y"),
                ComparedPath.ALL));
  }

  @Test
  void should_refuse_a_round_count_that_is_not_positive() {
    assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--rounds=0"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--rounds=0' needs a positive whole number");
  }

  @Test
  void should_refuse_an_unknown_argument() {
    assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--fast"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown argument '--fast'");
  }

  @Test
  void should_compare_only_the_chosen_paths_in_table_order() {
    CompareOptions options =
        CompareOptions.parse(new String[] {"--paths=select-sync-x8,insert-async-x256"});

    assertThat(options.paths())
        .extracting(ComparedPath::label)
        .containsExactly("insert, async x256", "select, sync x8");
  }

  @Test
  void should_refuse_an_unknown_path_naming_the_known_ones() {
    assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--paths=insert-sync-x2"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Unknown path(s) [insert-sync-x2]; the paths are [insert-async-x256,");
  }
}
