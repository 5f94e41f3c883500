package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Tuple2}/{@code Tuple3} codecs: the same bytes as {@code TupleValue}, nested anywhere. */
class TypedTupleCodecTest {

  private static final CodecRegistry REGISTRY = CodecRegistry.DEFAULT;
  private static final TupleType INT_TEXT = DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT);

  @Test
  void should_encode_a_tuple2_byte_for_byte_like_a_tuple_value() {
    TypeCodec<Tuple2<Integer, String>> typed =
        REGISTRY.codecFor(INT_TEXT, GenericType.tuple2Of(Integer.class, String.class));
    TypeCodec<TupleValue> untyped = REGISTRY.codecFor(INT_TEXT, TupleValue.class);

    for (Tuple2<Integer, String> value :
        List.<Tuple2<Integer, String>>of(
            Tuple2.of(1, "a"), Tuple2.of(null, "é"), Tuple2.of(-7, null), Tuple2.of(0, ""))) {
      ByteBuffer bytes = typed.encode(value);
      assertThat(hex(bytes))
          .isEqualTo(hex(untyped.encode(TupleValue.of(INT_TEXT, value.first(), value.second()))));
      assertThat(typed.decode(bytes)).isEqualTo(value);
    }
    assertThat(hex(typed.encode(Tuple2.of(1, null))))
        .isEqualTo("00000004" + "00000001" + "ffffffff");
  }

  @Test
  void should_decode_what_a_tuple_value_wrote_with_nested_collections_and_udts() {
    UserDefinedType stop =
        new UserDefinedType("ks", "stop", List.of("name"), List.of(DataTypes.TEXT), true);
    TupleType type =
        DataTypes.tupleOf(DataTypes.listOf(DataTypes.BIGINT, true), stop, DataTypes.TIMESTAMP);
    TupleValue written =
        TupleValue.of(
            type,
            List.of(1L, 2L),
            stop.newValue().setString("name", "x"),
            Instant.ofEpochSecond(9));
    TypeCodec<Tuple3<List<Long>, io.sibyl.driver.type.UdtValue, Instant>> typed =
        REGISTRY.codecFor(
            type,
            GenericType.tuple3Of(
                GenericType.listOf(Long.class),
                GenericType.of(io.sibyl.driver.type.UdtValue.class),
                GenericType.of(Instant.class)));

    Tuple3<List<Long>, io.sibyl.driver.type.UdtValue, Instant> read =
        typed.decode(REGISTRY.codecFor(type, TupleValue.class).encode(written));

    assertThat(read.first()).containsExactly(1L, 2L);
    assertThat(read.second().getString("name")).isEqualTo("x");
    assertThat(read.third()).isEqualTo(Instant.ofEpochSecond(9));
    assertThat(hex(typed.encode(read)))
        .isEqualTo(hex(REGISTRY.codecFor(type, TupleValue.class).encode(written)));
  }

  @Test
  void should_nest_in_collections_and_other_tuples() {
    TupleType inner = DataTypes.tupleOf(DataTypes.INT, DataTypes.INT);
    TupleType outer = DataTypes.tupleOf(inner, DataTypes.TEXT);
    GenericType<Map<String, Tuple2<Tuple2<Integer, Integer>, String>>> javaType =
        GenericType.mapOf(
            GenericType.STRING,
            GenericType.tuple2Of(
                GenericType.tuple2Of(Integer.class, Integer.class), GenericType.STRING));
    TypeCodec<Map<String, Tuple2<Tuple2<Integer, Integer>, String>>> codec =
        REGISTRY.codecFor(DataTypes.mapOf(DataTypes.TEXT, outer), javaType);
    Map<String, Tuple2<Tuple2<Integer, Integer>, String>> value =
        Map.of("k", Tuple2.of(Tuple2.of(1, 2), "v"));

    assertThat(codec.decode(codec.encode(value))).isEqualTo(value);
    assertThat(codec.format(value)).isEqualTo("{'k': ((1, 2), 'v')}");
    assertThat(codec.parse("{'k': ((1, 2), 'v')}")).isEqualTo(value);
  }

  @Test
  void should_read_missing_trailing_components_as_null() {
    TypeCodec<Tuple3<Integer, String, Long>> codec =
        REGISTRY.codecFor(
            DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT, DataTypes.BIGINT),
            GenericType.tuple3Of(Integer.class, String.class, Long.class));

    Tuple3<Integer, String, Long> read =
        codec.decode(
            REGISTRY.codecFor(INT_TEXT, TupleValue.class).encode(TupleValue.of(INT_TEXT, 4, "d")));

    assertThat(read).isEqualTo(Tuple3.of(4, "d", null));
  }

  @Test
  void should_infer_the_codec_of_a_tuple_from_its_values_and_from_a_known_type() {
    TypeCodec<Tuple2<String, Long>> inferred = REGISTRY.codecFor(Tuple2.of("a", 2L));
    assertThat(inferred.cqlType()).isEqualTo(DataTypes.tupleOf(DataTypes.TEXT, DataTypes.BIGINT));

    TypeCodec<Tuple2<Integer, String>> forVariable = REGISTRY.codecFor(INT_TEXT, Tuple2.of(1, "x"));
    assertThat(forVariable.decode(forVariable.encode(Tuple2.of(1, "x"))))
        .isEqualTo(Tuple2.of(1, "x"));
    assertThatThrownBy(() -> REGISTRY.codecFor(Tuple2.of(null, "x")))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("bind it where the CQL type is known");
  }

  @Test
  void should_refuse_a_tuple_of_another_arity_or_component_type() {
    assertThatThrownBy(
            () ->
                REGISTRY.codecFor(
                    INT_TEXT, GenericType.tuple3Of(Integer.class, String.class, Long.class)))
        .isInstanceOf(CodecNotFoundException.class);
    assertThatThrownBy(
            () -> REGISTRY.codecFor(INT_TEXT, GenericType.tuple2Of(String.class, String.class)))
        .isInstanceOf(CodecNotFoundException.class);
  }

  @Test
  void should_refuse_trailing_bytes() {
    TypeCodec<Tuple2<Integer, String>> codec =
        REGISTRY.codecFor(INT_TEXT, GenericType.tuple2Of(Integer.class, String.class));
    ByteBuffer bytes = ByteBuffer.allocate(15);
    bytes.putInt(4).putInt(1).putInt(-1).put((byte) 0).putShort((short) 0).flip();

    assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(CodecException.class);
  }
}
