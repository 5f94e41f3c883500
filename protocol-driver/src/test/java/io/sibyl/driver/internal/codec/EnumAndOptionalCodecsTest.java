package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumAndOptionalCodecsTest {
  enum Color {
    RED,
    GREEN {
      @Override
      public String toString() {
        return "green!";
      }
    }
  }

  private final CodecRegistry registry = CodecRegistry.DEFAULT;

  @Test
  void should_store_enums_by_name_in_text_columns() {
    TypeCodec<Color> codec = registry.codecFor(DataTypes.TEXT, Color.class);
    assertThat(codec).isInstanceOf(EnumNameCodec.class);
    assertThat(hex(codec.encode(Color.RED))).isEqualTo("524544");
    assertThat(roundTrip(codec, Color.GREEN)).isEqualTo(Color.GREEN);
    assertThat(codec.format(Color.GREEN)).isEqualTo("'GREEN'");
    assertThat(codec.parse("'RED'")).isEqualTo(Color.RED);
  }

  @Test
  void should_store_enums_by_ordinal_in_int_columns() {
    TypeCodec<Color> codec = registry.codecFor(DataTypes.INT, Color.class);
    assertThat(codec).isInstanceOf(EnumOrdinalCodec.class);
    assertThat(hex(codec.encode(Color.GREEN))).isEqualTo("00000001");
    assertThat(roundTrip(codec, Color.GREEN)).isEqualTo(Color.GREEN);
    assertThatThrownBy(() -> codec.decode(IntCodec.INSTANCE.encodeInt(7)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("ordinals 0 to 1");
  }

  @Test
  void should_fail_clearly_on_an_unknown_enum_name() {
    TypeCodec<Color> codec = registry.codecFor(DataTypes.ASCII, Color.class);
    assertThatThrownBy(() -> codec.decode(TextCodec.ASCII.encode("BLUE")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("'BLUE'")
        .hasMessageContaining(Color.class.getName());
  }

  @Test
  void should_map_empty_optionals_to_null() {
    TypeCodec<Optional<Integer>> codec =
        registry.codecFor(DataTypes.INT, GenericType.optionalOf(Integer.class));
    assertThat(codec.encode(Optional.empty())).isNull();
    assertThat(codec.decode(null)).isEmpty();
    assertThat(roundTrip(codec, Optional.of(5))).contains(5);
    assertThat(codec.format(Optional.empty())).isEqualTo("NULL");
    assertThat(codec.parse("5")).contains(5);
  }

  @Test
  void should_wrap_collections_in_optionals() {
    TypeCodec<Optional<List<String>>> codec =
        registry.codecFor(
            DataTypes.listOf(DataTypes.TEXT),
            GenericType.optionalOf(GenericType.listOf(String.class)));
    assertThat(codec.decode(null)).isEmpty();
    assertThat(roundTrip(codec, Optional.of(List.of("a")))).contains(List.of("a"));
  }
}
