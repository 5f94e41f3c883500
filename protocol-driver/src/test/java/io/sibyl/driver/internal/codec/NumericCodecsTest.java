package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericCodecsTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, -1, 42, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void should_round_trip_ints(int value) {
    assertThat(roundTrip(IntCodec.INSTANCE, value)).isEqualTo(value);
    assertThat(IntCodec.INSTANCE.decodeInt(CodecTesting.embed(IntCodec.INSTANCE.encodeInt(value))))
        .isEqualTo(value);
  }

  @Test
  void should_encode_int_as_four_big_endian_bytes() {
    assertThat(hex(IntCodec.INSTANCE.encodeInt(42))).isEqualTo("0000002a");
    assertThat(hex(IntCodec.INSTANCE.encodeInt(-2))).isEqualTo("fffffffe");
  }

  @Test
  void should_reject_an_int_of_three_bytes_with_type_and_sizes() {
    assertThatThrownBy(() -> IntCodec.INSTANCE.decodeInt(bytes("000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("int")
        .hasMessageContaining("expected 4 bytes but got 3");
    assertThatThrownBy(() -> IntCodec.INSTANCE.decode(bytes("0000000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("expected 4 bytes but got 5");
  }

  @Test
  void should_decode_null_and_empty_as_null_or_zero() {
    assertThat(IntCodec.INSTANCE.decode(null)).isNull();
    assertThat(IntCodec.INSTANCE.decode(ByteBuffer.allocate(0))).isNull();
    assertThat(IntCodec.INSTANCE.decodeInt(null)).isZero();
    assertThat(IntCodec.INSTANCE.encode(null)).isNull();
    assertThat(BooleanCodec.INSTANCE.decodeBoolean(null)).isFalse();
    assertThat(DoubleCodec.INSTANCE.decodeDouble(null)).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE})
  void should_round_trip_bigints_and_counters(long value) {
    assertThat(roundTrip(BigintCodec.BIGINT, value)).isEqualTo(value);
    assertThat(roundTrip(BigintCodec.COUNTER, value)).isEqualTo(value);
  }

  @Test
  void should_encode_bigint_and_reject_wrong_size() {
    assertThat(hex(BigintCodec.BIGINT.encodeLong(1))).isEqualTo("0000000000000001");
    assertThatThrownBy(() -> BigintCodec.COUNTER.decodeLong(bytes("00000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("counter")
        .hasMessageContaining("expected 8 bytes but got 4");
  }

  @Test
  void should_round_trip_smallint_and_tinyint_extremes() {
    for (short value : new short[] {0, -1, Short.MIN_VALUE, Short.MAX_VALUE}) {
      assertThat(roundTrip(SmallintCodec.INSTANCE, value)).isEqualTo(value);
    }
    for (byte value : new byte[] {0, -1, Byte.MIN_VALUE, Byte.MAX_VALUE}) {
      assertThat(roundTrip(TinyintCodec.INSTANCE, value)).isEqualTo(value);
    }
    assertThat(hex(SmallintCodec.INSTANCE.encodeShort((short) -2))).isEqualTo("fffe");
    assertThat(hex(TinyintCodec.INSTANCE.encodeByte((byte) 127))).isEqualTo("7f");
    assertThatThrownBy(() -> SmallintCodec.INSTANCE.decodeShort(bytes("01")))
        .hasMessageContaining("smallint")
        .hasMessageContaining("expected 2 bytes but got 1");
    assertThatThrownBy(() -> TinyintCodec.INSTANCE.decodeByte(bytes("0101")))
        .hasMessageContaining("tinyint")
        .hasMessageContaining("expected 1 bytes but got 2");
  }

  @Test
  void should_round_trip_special_doubles_bit_for_bit() {
    double[] values = {
      0.0,
      -0.0,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -1.5e300
    };
    for (double value : values) {
      double decoded = roundTrip(DoubleCodec.INSTANCE, value);
      assertThat(Double.doubleToRawLongBits(decoded)).isEqualTo(Double.doubleToRawLongBits(value));
    }
    assertThat(hex(DoubleCodec.INSTANCE.encodeDouble(1.0))).isEqualTo("3ff0000000000000");
  }

  @Test
  void should_round_trip_special_floats_bit_for_bit() {
    float[] values = {
      0.0f,
      -0.0f,
      Float.NaN,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      Float.MIN_VALUE,
      Float.MAX_VALUE
    };
    for (float value : values) {
      float decoded = roundTrip(FloatCodec.INSTANCE, value);
      assertThat(Float.floatToRawIntBits(decoded)).isEqualTo(Float.floatToRawIntBits(value));
    }
    assertThat(hex(FloatCodec.INSTANCE.encodeFloat(1.0f))).isEqualTo("3f800000");
    assertThatThrownBy(() -> FloatCodec.INSTANCE.decodeFloat(bytes("3f80000000000000")))
        .hasMessageContaining("float")
        .hasMessageContaining("expected 4 bytes but got 8");
  }

  @Test
  void should_format_and_parse_special_floating_point_literals() {
    assertThat(DoubleCodec.INSTANCE.format(Double.NaN)).isEqualTo("NaN");
    assertThat(DoubleCodec.INSTANCE.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(DoubleCodec.INSTANCE.parse("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(DoubleCodec.INSTANCE.parse("-0.0")).isEqualTo(-0.0);
    assertThat(FloatCodec.INSTANCE.parse("NaN")).isNaN();
    assertThat(DoubleCodec.INSTANCE.parse("NULL")).isNull();
  }

  @Test
  void should_encode_booleans_and_read_any_non_zero_as_true() {
    assertThat(hex(BooleanCodec.INSTANCE.encodeBoolean(true))).isEqualTo("01");
    assertThat(hex(BooleanCodec.INSTANCE.encodeBoolean(false))).isEqualTo("00");
    assertThat(BooleanCodec.INSTANCE.decodeBoolean(bytes("ff"))).isTrue();
    assertThat(BooleanCodec.INSTANCE.parse("TRUE")).isTrue();
    assertThatThrownBy(() -> BooleanCodec.INSTANCE.decodeBoolean(bytes("0001")))
        .hasMessageContaining("boolean");
  }

  @ParameterizedTest
  @CsvSource({"0,00", "1,01", "127,7f", "128,0080", "129,0081", "-1,ff", "-128,80", "-129,ff7f"})
  void should_encode_varints_as_the_spec_examples(long value, String expectedHex) {
    BigInteger integer = BigInteger.valueOf(value);
    assertThat(hex(VarintCodec.INSTANCE.encode(integer))).isEqualTo(expectedHex);
    assertThat(roundTrip(VarintCodec.INSTANCE, integer)).isEqualTo(integer);
  }

  @Test
  void should_round_trip_a_thousand_digit_varint() {
    BigInteger huge = new BigInteger("9".repeat(1000));
    assertThat(roundTrip(VarintCodec.INSTANCE, huge)).isEqualTo(huge);
    assertThat(roundTrip(VarintCodec.INSTANCE, huge.negate())).isEqualTo(huge.negate());
    assertThat(VarintCodec.INSTANCE.parse(VarintCodec.INSTANCE.format(huge))).isEqualTo(huge);
  }

  @Test
  void should_encode_decimal_as_scale_then_unscaled_varint() {
    assertThat(hex(DecimalCodec.INSTANCE.encode(new BigDecimal("1.28")))).isEqualTo("000000020080");
    assertThat(hex(DecimalCodec.INSTANCE.encode(new BigDecimal("-0.5")))).isEqualTo("00000001fb");
    assertThat(DecimalCodec.INSTANCE.decode(bytes("fffffffe01"))).isEqualTo(new BigDecimal("1E+2"));
  }

  @Test
  void should_round_trip_decimals_keeping_their_scale() {
    for (String text :
        new String[] {"0", "-0.000", "1E+10", "3.14159", "-1" + "2".repeat(500) + ".5"}) {
      BigDecimal value = new BigDecimal(text);
      BigDecimal decoded = roundTrip(DecimalCodec.INSTANCE, value);
      assertThat(decoded).isEqualTo(value);
      assertThat(decoded.scale()).isEqualTo(value.scale());
      assertThat(DecimalCodec.INSTANCE.parse(DecimalCodec.INSTANCE.format(value))).isEqualTo(value);
    }
  }

  @Test
  void should_reject_a_decimal_without_unscaled_bytes() {
    assertThatThrownBy(() -> DecimalCodec.INSTANCE.decode(bytes("00000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("decimal")
        .hasMessageContaining("at least 5 bytes");
  }

  @Test
  void should_parse_and_format_integers_and_reject_garbage() {
    assertThat(IntCodec.INSTANCE.parse(" -42 ")).isEqualTo(-42);
    assertThat(IntCodec.INSTANCE.format(null)).isEqualTo("NULL");
    assertThat(BigintCodec.BIGINT.format(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    assertThatThrownBy(() -> IntCodec.INSTANCE.parse("4294967296"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("int");
    assertThatThrownBy(() -> TinyintCodec.INSTANCE.parse("128")).isInstanceOf(CodecException.class);
  }
}
