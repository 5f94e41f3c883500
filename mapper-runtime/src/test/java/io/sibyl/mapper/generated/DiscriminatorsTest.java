package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.MapperException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscriminatorsTest {

  /** A polymorphic base for the messages. */
  sealed interface Vehicle permits Car {}

  /** Its one subtype. */
  record Car() implements Vehicle {}

  @Test
  void should_select_a_subtype_layout_from_the_table_layout() {
    int[] at = {4, 3, -1, 2, 1, 0};

    assertThat(Discriminators.select(at, new int[] {0, 1, 3, 5})).containsExactly(4, 3, 2, 0);
  }

  @Test
  void should_reuse_the_subtype_layout_when_the_table_columns_are_at_their_own_indexes() {
    int[] positions = {0, 1, 3, 5};

    assertThat(Discriminators.select(new int[] {0, 1, 2, 3, 4, 5}, positions)).isSameAs(positions);
    assertThat(Discriminators.select(new int[] {0, 1, -1, 3, -1, 4}, positions))
        .containsExactly(0, 1, 3, 4);
  }

  @Test
  void should_name_table_value_known_values_and_fix_of_an_unknown_value() {
    MapperException e =
        Discriminators.unknownValue(Vehicle.class, "vehicles", "kind", "bus", List.of("car"));

    assertThat(e)
        .hasMessageContaining("table vehicles")
        .hasMessageContaining("kind = 'bus'")
        .hasMessageContaining("known values: car")
        .hasMessageContaining("@DiscriminatorValue(\"bus\")");
  }

  @Test
  void should_explain_a_row_without_value() {
    MapperException e =
        Discriminators.unknownValue(Vehicle.class, "vehicles", "kind", null, List.of("car"));

    assertThat(e).hasMessageContaining("has no kind value").hasMessageContaining("set its kind");
  }

  @Test
  void should_name_an_unmapped_subtype() {
    MapperException e = Discriminators.unmappedSubtype(Vehicle.class, "text", "vehicles");

    assertThat(e).hasMessageContaining("java.lang.String").hasMessageContaining("recompile");
  }
}
