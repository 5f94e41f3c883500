package io.sibyl.driver.type.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {
  private final CodecRegistry registry = CodecRegistry.DEFAULT;

  /** A user type stored as decimal. */
  record Money(BigDecimal amount) {}

  static final class MoneyCodec extends MappingCodec<BigDecimal, Money> {
    MoneyCodec() {
      super(
          CodecRegistry.DEFAULT.codecFor(DataTypes.DECIMAL, BigDecimal.class),
          GenericType.of(Money.class));
    }

    @Override
    protected Money innerToOuter(BigDecimal value) {
      return new Money(value);
    }

    @Override
    protected BigDecimal outerToInner(Money value) {
      return value.amount();
    }
  }

  /** A stand-in for a JSON tree stored as text. */
  record Json(String source) {}

  static final class JsonCodec extends MappingCodec<String, Json> {
    JsonCodec() {
      super(CodecRegistry.DEFAULT.codecFor(DataTypes.TEXT), GenericType.of(Json.class));
    }

    @Override
    protected Json innerToOuter(String value) {
      return new Json(value);
    }

    @Override
    protected String outerToInner(Json value) {
      return value.source();
    }
  }

  @Test
  void should_give_every_primitive_its_default_java_type() {
    Map<DataType, Class<?>> expected = new LinkedHashMap<>();
    expected.put(DataTypes.ASCII, String.class);
    expected.put(DataTypes.TEXT, String.class);
    expected.put(DataTypes.BIGINT, Long.class);
    expected.put(DataTypes.COUNTER, Long.class);
    expected.put(DataTypes.BLOB, ByteBuffer.class);
    expected.put(DataTypes.BOOLEAN, Boolean.class);
    expected.put(DataTypes.DATE, LocalDate.class);
    expected.put(DataTypes.DECIMAL, BigDecimal.class);
    expected.put(DataTypes.DOUBLE, Double.class);
    expected.put(DataTypes.DURATION, CqlDuration.class);
    expected.put(DataTypes.FLOAT, Float.class);
    expected.put(DataTypes.INET, InetAddress.class);
    expected.put(DataTypes.INT, Integer.class);
    expected.put(DataTypes.SMALLINT, Short.class);
    expected.put(DataTypes.TIME, LocalTime.class);
    expected.put(DataTypes.TIMESTAMP, Instant.class);
    expected.put(DataTypes.TIMEUUID, UUID.class);
    expected.put(DataTypes.UUID, UUID.class);
    expected.put(DataTypes.TINYINT, Byte.class);
    expected.put(DataTypes.VARINT, BigInteger.class);
    expected.forEach(
        (cqlType, javaClass) -> {
          TypeCodec<Object> codec = registry.codecFor(cqlType);
          assertThat(codec.javaType().getRawType()).as(cqlType.asCql()).isEqualTo(javaClass);
          assertThat(codec.cqlType()).isEqualTo(cqlType);
          assertThat(registry.codecFor(cqlType, javaClass)).isSameAs(codec);
        });
  }

  @Test
  void should_return_primitive_specialisations_for_primitive_classes() {
    assertThat(registry.codecFor(DataTypes.INT, int.class)).isInstanceOf(PrimitiveIntCodec.class);
    assertThat(registry.codecFor(DataTypes.BIGINT, long.class))
        .isInstanceOf(PrimitiveLongCodec.class);
    assertThat(registry.codecFor(DataTypes.COUNTER, Long.class))
        .isInstanceOf(PrimitiveLongCodec.class);
    assertThat(registry.codecFor(DataTypes.BOOLEAN, boolean.class))
        .isInstanceOf(PrimitiveBooleanCodec.class);
    assertThat(registry.codecFor(DataTypes.DOUBLE, double.class))
        .isInstanceOf(PrimitiveDoubleCodec.class);
    assertThat(registry.codecFor(DataTypes.FLOAT, float.class))
        .isInstanceOf(PrimitiveFloatCodec.class);
    assertThat(registry.codecFor(DataTypes.SMALLINT, short.class))
        .isInstanceOf(PrimitiveShortCodec.class);
    assertThat(registry.codecFor(DataTypes.TINYINT, byte.class))
        .isInstanceOf(PrimitiveByteCodec.class);
  }

  @Test
  void should_offer_alternative_java_types() {
    assertThat(registry.codecFor(DataTypes.BLOB, byte[].class).javaType())
        .isEqualTo(GenericType.BYTE_ARRAY);
    assertThat(registry.codecFor(DataTypes.TIMESTAMP, Date.class).javaType())
        .isEqualTo(GenericType.DATE);
    assertThat(registry.codecFor(DataTypes.TIMESTAMP, Object.class).javaType())
        .isEqualTo(GenericType.INSTANT);
    assertThat(registry.codecFor(new CustomType("com.example.X"), ByteBuffer.class).javaType())
        .isEqualTo(GenericType.BYTE_BUFFER);
  }

  @Test
  void should_build_and_cache_codecs_of_nested_types() {
    DataType cqlType = DataTypes.mapOf(DataTypes.TEXT, DataTypes.listOf(DataTypes.TIMESTAMP, true));
    GenericType<Map<String, List<Date>>> javaType = new GenericType<>() {};
    TypeCodec<Map<String, List<Date>>> codec = registry.codecFor(cqlType, javaType);
    assertThat(codec.javaType()).isEqualTo(javaType);
    assertThat(registry.codecFor(cqlType, javaType)).isSameAs(codec);
    assertThat(registry.codecFor(cqlType).javaType())
        .isEqualTo(new GenericType<Map<String, List<Instant>>>() {});
    assertThat(registry.codecFor(cqlType)).isSameAs(registry.codecFor(cqlType));
    assertThat(registry.codecFor(DataTypes.listOf(DataTypes.INT), List.class).javaType())
        .isEqualTo(GenericType.listOf(Integer.class));
  }

  @Test
  void should_map_vectors_to_cql_vectors_or_float_arrays() {
    VectorType type = DataTypes.vectorOf(DataTypes.FLOAT, 4);
    assertThat(registry.codecFor(type).javaType()).isEqualTo(GenericType.vectorOf(Float.class));
    assertThat(registry.codecFor(type, float[].class).javaType())
        .isEqualTo(GenericType.FLOAT_ARRAY);
    assertThatThrownBy(() -> registry.codecFor(DataTypes.vectorOf(DataTypes.INT, 2), float[].class))
        .isInstanceOf(CodecNotFoundException.class);
  }

  @Test
  void should_infer_the_cql_type_of_runtime_values() throws Exception {
    Map<Object, DataType> expected = new LinkedHashMap<>();
    expected.put("a", DataTypes.TEXT);
    expected.put(1, DataTypes.INT);
    expected.put(1L, DataTypes.BIGINT);
    expected.put(true, DataTypes.BOOLEAN);
    expected.put(1.0, DataTypes.DOUBLE);
    expected.put(1.0f, DataTypes.FLOAT);
    expected.put((short) 1, DataTypes.SMALLINT);
    expected.put((byte) 1, DataTypes.TINYINT);
    expected.put(UUID.randomUUID(), DataTypes.UUID);
    expected.put(Instant.EPOCH, DataTypes.TIMESTAMP);
    expected.put(new Date(), DataTypes.TIMESTAMP);
    expected.put(new Date(0) {}, DataTypes.TIMESTAMP);
    expected.put(LocalDate.EPOCH, DataTypes.DATE);
    expected.put(LocalTime.NOON, DataTypes.TIME);
    expected.put(BigDecimal.ONE, DataTypes.DECIMAL);
    expected.put(BigInteger.ONE, DataTypes.VARINT);
    expected.put(InetAddress.getByName("127.0.0.1"), DataTypes.INET);
    expected.put(ByteBuffer.allocate(1), DataTypes.BLOB);
    expected.put(new byte[1], DataTypes.BLOB);
    expected.put(CqlDuration.parse("1d"), DataTypes.DURATION);
    expected.put(List.of("a"), DataTypes.listOf(DataTypes.TEXT));
    expected.put(Set.of(1), DataTypes.setOf(DataTypes.INT));
    expected.put(
        Map.of("a", List.of(1L)),
        DataTypes.mapOf(DataTypes.TEXT, DataTypes.listOf(DataTypes.BIGINT)));
    expected.put(CqlVector.of(1.0f, 2.0f), DataTypes.vectorOf(DataTypes.FLOAT, 2));
    expected.put(new float[3], DataTypes.vectorOf(DataTypes.FLOAT, 3));
    expected.put(List.of(), DataTypes.listOf(DataTypes.BLOB));
    expected.forEach(
        (value, cqlType) -> {
          TypeCodec<Object> codec = registry.codecFor(value);
          assertThat(codec.cqlType()).as(value.getClass().getName()).isEqualTo(cqlType);
          assertThat(codec.accepts(value)).isTrue();
          codec.encode(value);
        });
  }

  @Test
  void should_infer_tuples_udts_enums_and_optionals() {
    TupleType tupleType = DataTypes.tupleOf(DataTypes.INT);
    assertThat(registry.codecFor(tupleType.newValue(1)).cqlType()).isEqualTo(tupleType);
    UserDefinedType udt =
        new UserDefinedType("ks", "t", List.of("a"), List.of(DataTypes.INT), false);
    assertThat(registry.codecFor(udt.newValue()).cqlType()).isEqualTo(udt);
    assertThat(registry.codecFor(Thread.State.NEW).cqlType()).isEqualTo(DataTypes.TEXT);
    assertThat(registry.codecFor(Optional.of(5)).encode(Optional.of(5)).remaining()).isEqualTo(4);
  }

  @Test
  void should_find_codecs_for_a_cql_type_and_a_value() {
    assertThat(registry.codecFor(DataTypes.TIMESTAMP, new Date()).javaType())
        .isEqualTo(GenericType.DATE);
    assertThat(registry.codecFor(DataTypes.BLOB, new byte[0]).javaType())
        .isEqualTo(GenericType.BYTE_ARRAY);
    assertThat(
            registry
                .codecFor(DataTypes.listOf(DataTypes.TIMESTAMP), List.of(new Date()))
                .javaType())
        .isEqualTo(GenericType.listOf(Date.class));
    assertThat(registry.codecFor(DataTypes.listOf(DataTypes.TIMESTAMP), List.of()).javaType())
        .isEqualTo(GenericType.listOf(Instant.class));
    assertThat(registry.codecFor(DataTypes.TEXT, Thread.State.NEW).encode(Thread.State.NEW))
        .isEqualTo(registry.codecFor(DataTypes.TEXT).encode("NEW"));
    assertThat(registry.codecFor(DataTypes.INT, (Object) null))
        .isSameAs(registry.codecFor(DataTypes.INT));
    assertThat(registry.codecFor(DataTypes.vectorOf(DataTypes.FLOAT, 2), new float[2]).javaType())
        .isEqualTo(GenericType.FLOAT_ARRAY);
  }

  @Test
  void should_explain_how_to_register_a_codec_when_none_is_found() {
    assertThatThrownBy(() -> registry.codecFor(DataTypes.INT, String.class))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("CQL type int")
        .hasMessageContaining("java.lang.String")
        .hasMessageContaining("default Java type of int is java.lang.Integer")
        .hasMessageContaining("withCodecs")
        .hasMessageContaining("addCodecs");
    assertThatThrownBy(
            () ->
                registry.codecFor(
                    DataTypes.listOf(DataTypes.INT), GenericType.listOf(String.class)))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> registry.codecFor(new Object()))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> registry.codecFor(DataTypes.INT, "text"))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("CQL type int");
    assertThatThrownBy(() -> registry.codecFor((Object) null))
        .isInstanceOf(CodecNotFoundException.class);
  }

  @Test
  void should_let_user_codecs_take_precedence() {
    CodecRegistry custom = registry.withCodecs(new MoneyCodec(), new JsonCodec());
    assertThat(custom.codecFor(DataTypes.DECIMAL, Money.class)).isInstanceOf(MoneyCodec.class);
    assertThat(custom.codecFor(new Money(BigDecimal.TEN))).isInstanceOf(MoneyCodec.class);
    assertThat(custom.codecFor(DataTypes.TEXT, new Json("{}"))).isInstanceOf(JsonCodec.class);
    assertThat(custom.codecFor(DataTypes.DECIMAL, BigDecimal.class).javaType())
        .isEqualTo(GenericType.BIG_DECIMAL);
    assertThat(custom.codecFor(DataTypes.DECIMAL).javaType()).isEqualTo(GenericType.BIG_DECIMAL);
    assertThatThrownBy(() -> registry.codecFor(DataTypes.DECIMAL, Money.class))
        .isInstanceOf(CodecNotFoundException.class);
  }

  @Test
  void should_use_user_codecs_inside_collections() {
    CodecRegistry custom = registry.withCodecs(new MoneyCodec());
    TypeCodec<List<Money>> codec =
        custom.codecFor(DataTypes.listOf(DataTypes.DECIMAL), GenericType.listOf(Money.class));
    List<Money> value = List.of(new Money(new BigDecimal("9.99")));
    assertThat(codec.decode(codec.encode(value))).isEqualTo(value);
    assertThat(codec.format(value)).isEqualTo("[9.99]");
    assertThat(custom.codecFor(value).cqlType()).isEqualTo(DataTypes.listOf(DataTypes.DECIMAL));
  }

  @Test
  void should_let_user_codecs_decode_custom_types_by_default() {
    CustomType point = new CustomType("com.example.PointType");
    TypeCodec<String> pointCodec =
        new MappingCodec<ByteBuffer, String>(
            registry.codecFor(point, ByteBuffer.class), GenericType.STRING) {
          @Override
          protected String innerToOuter(ByteBuffer value) {
            return "point:" + value.remaining();
          }

          @Override
          protected ByteBuffer outerToInner(String value) {
            return ByteBuffer.allocate(2);
          }
        };
    CodecRegistry custom = registry.withCodecs(pointCodec);
    assertThat(custom.codecFor(point).decode(ByteBuffer.allocate(3))).isEqualTo("point:3");
    assertThat(registry.codecFor(point).javaType()).isEqualTo(GenericType.BYTE_BUFFER);
    assertThat(custom.userCodecs()).containsExactly(pointCodec);
  }
}
