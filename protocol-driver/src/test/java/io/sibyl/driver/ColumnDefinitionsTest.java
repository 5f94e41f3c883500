package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.type.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDefinitionsTest {
  private final ColumnDefinitions columns =
      new ColumnDefinitions(
          List.of(
              new ColumnDefinition("ks", "t", "id", DataTypes.UUID),
              new ColumnDefinition("ks", "t", "MixedCase", DataTypes.TEXT),
              new ColumnDefinition("ks", "t", "id", DataTypes.UUID)));

  @Test
  void should_match_names_case_insensitively_unless_quoted() {
    assertThat(columns.firstIndexOf("ID")).isZero();
    assertThat(columns.firstIndexOf("mixedcase")).isEqualTo(1);
    assertThat(columns.firstIndexOf("\"MixedCase\"")).isEqualTo(1);
    assertThat(columns.firstIndexOf("\"mixedcase\"")).isEqualTo(-1);
  }

  @Test
  void should_find_every_occurrence_of_a_repeated_name() {
    assertThat(columns.allIndicesOf("id")).containsExactly(0, 2);
  }

  @Test
  void should_name_the_known_columns_when_a_name_is_unknown() {
    assertThatThrownBy(() -> columns.indexOf("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("[id, MixedCase, id]");
  }
}
