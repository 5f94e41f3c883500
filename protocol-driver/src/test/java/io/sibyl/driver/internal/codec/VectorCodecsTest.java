package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorCodecsTest {
  private static final VectorType FLOATS = DataTypes.vectorOf(DataTypes.FLOAT, 3);
  private final CodecRegistry registry = CodecRegistry.DEFAULT;

  @Test
  void should_pack_fixed_size_elements_back_to_back() {
    TypeCodec<CqlVector<Float>> codec = registry.codecFor(FLOATS);
    assertThat(hex(codec.encode(CqlVector.of(1.0f, -2.0f, 0.5f))))
        .isEqualTo("3f800000" + "c0000000" + "3f000000");
    assertThat(roundTrip(codec, CqlVector.of(1.0f, Float.NaN, -0.0f)))
        .containsExactly(1.0f, Float.NaN, -0.0f);
  }

  @Test
  void should_map_float_vectors_to_float_arrays_without_boxing() {
    TypeCodec<float[]> codec = registry.codecFor(FLOATS, float[].class);
    assertThat(codec).isInstanceOf(FloatArrayVectorCodec.class);
    float[] value = {1.0f, -2.0f, 0.5f};
    assertThat(hex(codec.encode(value))).isEqualTo("3f800000c00000003f000000");
    assertThat(roundTrip(codec, value)).containsExactly(1.0f, -2.0f, 0.5f);
    assertThat(codec.format(value)).isEqualTo("[1.0, -2.0, 0.5]");
    assertThat(codec.parse("[1, 2, 3]")).containsExactly(1f, 2f, 3f);
  }

  @Test
  void should_prefix_variable_size_elements_with_an_unsigned_vint_length() {
    VectorType type = DataTypes.vectorOf(DataTypes.TEXT, 2);
    TypeCodec<CqlVector<String>> codec =
        registry.codecFor(type, GenericType.vectorOf(String.class));
    assertThat(hex(codec.encode(CqlVector.of("ab", "")))).isEqualTo("02" + "6162" + "00");
    String longText = "x".repeat(200);
    assertThat(roundTrip(codec, CqlVector.of(longText, "é"))).containsExactly(longText, "é");
    assertThat(hex(codec.encode(CqlVector.of(longText, "")))).startsWith("80c8");
  }

  @Test
  void should_treat_smallint_elements_as_variable_size_like_cassandra() {
    VectorType type = DataTypes.vectorOf(DataTypes.SMALLINT, 2);
    TypeCodec<CqlVector<Short>> codec = registry.codecFor(type);
    assertThat(hex(codec.encode(CqlVector.of((short) 1, (short) -1))))
        .isEqualTo("020001" + "02ffff");
  }

  @Test
  void should_round_trip_vectors_of_vectors_and_of_uuids() {
    VectorType nested = DataTypes.vectorOf(DataTypes.vectorOf(DataTypes.INT, 2), 2);
    TypeCodec<CqlVector<CqlVector<Integer>>> codec = registry.codecFor(nested);
    CqlVector<CqlVector<Integer>> value = CqlVector.of(CqlVector.of(1, 2), CqlVector.of(3, 4));
    assertThat(hex(codec.encode(value))).isEqualTo("00000001000000020000000300000004");
    assertThat(roundTrip(codec, value)).isEqualTo(value);
    assertThat(codec.format(value)).isEqualTo("[[1, 2], [3, 4]]");
    assertThat(codec.parse("[[1, 2], [3, 4]]")).isEqualTo(value);
  }

  @Test
  void should_reject_a_wrong_number_of_dimensions() {
    TypeCodec<CqlVector<Float>> codec = registry.codecFor(FLOATS);
    assertThatThrownBy(() -> codec.encode(CqlVector.of(1.0f, 2.0f)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("vector<float, 3>")
        .hasMessageContaining("exactly 3 elements but the value has 2");
    assertThatThrownBy(() -> codec.decode(bytes("3f800000")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("expected 12 bytes but got 4");
    assertThatThrownBy(() -> registry.codecFor(FLOATS, float[].class).encode(new float[4]))
        .hasMessageContaining("exactly 3 elements");
  }

  @Test
  void should_reject_truncated_variable_size_vectors() {
    TypeCodec<CqlVector<String>> codec = registry.codecFor(DataTypes.vectorOf(DataTypes.TEXT, 2));
    assertThatThrownBy(() -> codec.decode(bytes("0261")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void should_refuse_null_elements_in_vectors() {
    assertThatThrownBy(() -> CqlVector.copyOf(java.util.Arrays.asList(1.0f, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CqlVector.of(1, 2)).isEqualTo(List.of(1, 2));
  }
}
